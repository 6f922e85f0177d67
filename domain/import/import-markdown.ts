import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { TBlockKind } from "../schemas/review";
import { buildCanonicalDocument, normalizeBlockText, type BlockInput } from "../text/canonical-text";
import type { ImportedArticle } from "./import-plain-text";
import { htmlToBlocks } from "./html-to-blocks";
import { parseHtml } from "./html-nodes";
import { InlineHtmlFilter } from "./inline-html-filter";

interface MarkdownContext {
  inQuote: boolean;
  listDepth: number;
}

/**
 * Markdown to canonical text and blocks with mdast-util-from-markdown (CommonMark): headings,
 * paragraphs, block quotes and list items; inline formatting reduced to its text, links to
 * their text, images dropped, code kept as a paragraph of text, raw HTML reduced to its text.
 * The first level-1 heading is the title.
 */
export function importMarkdown(raw: string): ImportedArticle {
  const tree = fromMarkdown(raw.replace(/\r\n?/g, "\n"));
  const titleIndex = tree.children.findIndex((node) => node.type === "heading" && node.depth === 1);
  const titleNode = tree.children[titleIndex];
  let title: string | null = null;
  if (titleNode?.type === "heading") title = normalizeBlockText(phrasingText(titleNode.children)).replace(/\n/g, " ") || null;

  const blocks: BlockInput[] = [];
  tree.children.forEach((node, index) => {
    if (index !== titleIndex || title === null) collectBlocks(node, { inQuote: false, listDepth: 0 }, blocks);
  });
  return { title, document: buildCanonicalDocument(blocks) };
}

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
      // thematic breaks, link definitions, footnote definitions: no article text
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
