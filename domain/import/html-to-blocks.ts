import type { AnyNode, Element } from "domhandler";
import type { TBlockKind } from "../schemas/review";
import type { BlockInput } from "../text/canonical-text";
import { isElement, isTextNode } from "./html-nodes";
import { isCommentsRegion, isNonTextElement, isPageFurniture } from "./html-page-furniture";
import { isPageDebris } from "./page-debris";

/** Elements that end the running paragraph: their content is a block of its own or a container of blocks. */
const BLOCK_ELEMENTS = new Set([
  "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
  "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

interface WalkContext {
  inQuote: boolean;
  inComments: boolean;
  listDepth: number;
  inPre: boolean;
  /** What the running text becomes: a paragraph, or the heading or list item it is inside. */
  kind: "paragraph" | "heading" | "list_item";
  level?: number;
}

/**
 * Reduces parsed HTML to canonical blocks: headings, paragraphs, quotes and list items, with
 * their text only. Page furniture is skipped; inside a comments region blocks become comments.
 */
export function htmlToBlocks(roots: readonly AnyNode[], options: { comments?: boolean; boxesRemoved?: boolean } = {}): BlockInput[] {
  const collector = new BlockCollector(options.boxesRemoved ? isNonTextElement : isPageFurniture);
  const context: WalkContext = { inQuote: false, inComments: options.comments ?? false, listDepth: 0, inPre: false, kind: "paragraph" };
  for (const root of roots) collector.walk(root, context);
  collector.flush(context);
  return collector.blocks.filter((block) => !isPageDebris(block.text));
}

class BlockCollector {
  readonly blocks: BlockInput[] = [];
  private inline: string[] = [];

  /** Boxes named as furniture were taken out on the whole page, where a wrapper can be told from a box. */
  constructor(private readonly isSkipped: (element: Element) => boolean) {}

  walk(node: AnyNode, context: WalkContext): void {
    if (isTextNode(node)) {
      this.inline.push(context.inPre ? node.data : node.data.replace(/[\t\n\r\f ]+/g, " "));
      return;
    }
    if (!isElement(node)) {
      if (node.type === "root") this.walkChildren(node.children, context);
      return; // comments, CDATA, processing instructions
    }
    if (this.isSkipped(node)) return;
    if (node.name === "br") {
      this.inline.push("\n");
      return;
    }
    if (!BLOCK_ELEMENTS.has(node.name)) {
      this.walkChildren(node.children, context);
      if (node.name === "td" || node.name === "th") this.inline.push(" "); // cells run together into their row's paragraph
      return;
    }
    this.walkBlock(node, context);
  }

  private walkBlock(element: Element, outer: WalkContext): void {
    this.flush(outer);
    const context = this.contextFor(element, outer);
    this.walkChildren(element.children, context);
    this.flush(context);
  }

  private walkChildren(children: readonly AnyNode[], context: WalkContext): void {
    for (const child of children) this.walk(child, context);
  }

  private contextFor(element: Element, outer: WalkContext): WalkContext {
    const listDepth = outer.listDepth + (element.name === "ul" || element.name === "ol" ? 1 : 0);
    const context: WalkContext = {
      inQuote: outer.inQuote || element.name === "blockquote",
      inComments: outer.inComments || isCommentsRegion(element),
      listDepth,
      inPre: outer.inPre || element.name === "pre",
      kind: element.name === "blockquote" ? "paragraph" : outer.kind,
      level: outer.level,
    };
    const headingLevel = HEADING_LEVEL[element.name];
    if (headingLevel !== undefined) Object.assign(context, { kind: "heading", level: headingLevel });
    if (element.name === "li") Object.assign(context, { kind: "list_item", level: Math.min(Math.max(listDepth, 1), 6) });
    if (context.kind === "paragraph") delete context.level;
    return context;
  }

  /** Ends the running text as a block of the context's kind, adjusted for quotes and comments. */
  flush(context: WalkContext): void {
    const text = this.inline.join("");
    this.inline = [];
    if (text.trim().length === 0) return;
    let kind: TBlockKind = context.kind;
    if (context.inComments) kind = kind === "heading" ? "comments_heading" : "comment";
    else if (context.inQuote && kind !== "heading") kind = "quote";
    const block: BlockInput = { kind, text, section: context.inComments ? "comments" : "article" };
    if (context.level !== undefined && (kind === "heading" || kind === "list_item")) block.level = context.level;
    this.blocks.push(block);
  }
}
