import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import type { TBlockKind } from "../schemas/review";
import { buildCanonicalDocument, normalizeBlockText, type BlockInput, type CanonicalDocument } from "../text/canonical-text";
import { EMPTY_FRONT_MATTER, readFrontMatter, type FrontMatterMetadata } from "./markdown-front-matter";
import { htmlToBlocks } from "./html-to-blocks";
import { parseHtml } from "./html-nodes";
import { InlineHtmlFilter } from "./inline-html-filter";

interface MarkdownContext {
  inQuote: boolean;
  listDepth: number;
}

export interface ImportedMarkdownArticle extends FrontMatterMetadata {
  document: CanonicalDocument;
}

const FRONT_MATTER_KINDS = ["yaml", "toml"] as const;

/**
 * Markdown to canonical text and blocks with mdast-util-from-markdown (CommonMark): headings,
 * paragraphs, block quotes and list items; inline formatting reduced to its text, links to
 * their text, images dropped, code kept as a paragraph of text, raw HTML reduced to its text.
 * YAML or TOML front matter (Jekyll, Hugo, Eleventy) gives title, author, date, tags and URL
 * and is never text; template tags (shortcodes, Liquid) are dropped. Without a front matter
 * title, the first level-1 heading is the title.
 */
export function importMarkdown(raw: string): ImportedMarkdownArticle {
  const source = withoutTemplateTags(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  const tree = fromMarkdown(source, { extensions: [frontmatter([...FRONT_MATTER_KINDS])], mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER_KINDS])] });
  const matterNode = tree.children[0] as { type: string; value?: string } | undefined;
  const matter =
    matterNode && (matterNode.type === "yaml" || matterNode.type === "toml") ? readFrontMatter(matterNode.value ?? "", matterNode.type) : EMPTY_FRONT_MATTER;

  const h1Index = tree.children.findIndex((node) => node.type === "heading" && node.depth === 1);
  const h1 = tree.children[h1Index];
  const h1Text = h1?.type === "heading" ? normalizeBlockText(phrasingText(h1.children)).replace(/\n/g, " ") || null : null;
  const title = matter.title ?? h1Text;
  // The heading that gives or repeats the title is not text; another first heading is.
  const titleIndex = h1Text !== null && h1Text === title ? h1Index : -1;

  const blocks: BlockInput[] = [];
  tree.children.forEach((node, index) => {
    if (index !== titleIndex) collectBlocks(node, { inQuote: false, listDepth: 0 }, blocks);
  });
  return { ...matter, title, document: buildCanonicalDocument(blocks) };
}

/**
 * Hugo shortcodes ({{< figure ... >}}, {{% note %}}), Liquid tags and output ({% include x %},
 * {{ page.title }}) and kramdown attribute lists ({: .class}) are instructions to a site
 * generator, not text: dropped, with what they wrap kept.
 */
function withoutTemplateTags(markdown: string): string {
  let text = markdown;
  for (const tag of TEMPLATE_TAGS) {
    // A tag alone on its line goes with its line, so that it does not split a paragraph.
    text = text.replace(new RegExp(`^[ \\t]*(?:${tag.source})[ \\t]*(?:\\n|$)`, "gm"), "").replace(new RegExp(tag.source, "g"), "");
  }
  return text;
}

const TEMPLATE_TAGS = [/\{\{[<%][\s\S]*?[%>]\}\}/, /\{%-?[\s\S]*?-?%\}/, /\{\{-?[^{}\n]*?-?\}\}/, /\{:[^}\n]*\}/];

function collectBlocks(node: RootContent | BlockContent | DefinitionContent, context: MarkdownContext, out: BlockInput[]): void {
  const textKind: TBlockKind = context.inQuote ? "quote" : "paragraph";
  switch (node.type) {
    case "heading":
      out.push({ kind: "heading", text: phrasingText(node.children), level: node.depth });
      return;
    case "paragraph":
      out.push({ kind: textKind, text: phrasingText(node.children) });
      return;
    case "blockquote":
      for (const child of node.children) collectBlocks(child, { ...context, inQuote: true }, out);
      return;
    case "list":
      for (const item of node.children) collectListItem(item, { ...context, listDepth: context.listDepth + 1 }, out);
      return;
    case "code":
      out.push({ kind: textKind, text: node.value });
      return;
    case "html":
      for (const block of htmlToBlocks(parseHtml(node.value).children)) {
        out.push(context.inQuote && block.kind === "paragraph" ? { ...block, kind: "quote" } : block);
      }
      return;
    default:
      // front matter, thematic breaks, link definitions, footnote definitions: no article text
      return;
  }
}

/** A list item's own paragraphs are one list item block; nested lists are items one level deeper. */
function collectListItem(item: ListItem, context: MarkdownContext, out: BlockInput[]): void {
  const kind: TBlockKind = context.inQuote ? "quote" : "list_item";
  const level = Math.min(context.listDepth, 6);
  const ownText: string[] = [];
  const flush = () => {
    if (ownText.length > 0) out.push(kind === "list_item" ? { kind, text: ownText.join("\n"), level } : { kind, text: ownText.join("\n") });
    ownText.length = 0;
  };
  for (const child of item.children) {
    if (child.type === "paragraph") {
      ownText.push(phrasingText(child.children));
    } else {
      flush();
      collectBlocks(child, context, out);
    }
  }
  flush();
}

function phrasingText(nodes: readonly PhrasingContent[], filter = new InlineHtmlFilter()): string {
  let text = "";
  for (const node of nodes) {
    if (node.type === "html") {
      filter.feed(node.value);
      continue;
    }
    if (filter.hidesText) continue;
    switch (node.type) {
      case "text":
      case "inlineCode":
        text += node.value;
        break;
      case "break":
        text += "\n";
        break;
      case "image":
      case "imageReference":
        break;
      default:
        if ("children" in node) text += phrasingText(node.children, filter);
    }
  }
  return text;
}
