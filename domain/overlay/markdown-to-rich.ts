import type { Element, ElementContent, Root } from "hast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import { markdownWithoutImages } from "../text/markdown-without-images";
import { RICH_TAGS, safeMarkdownUrl, type RichAttributes, type RichNode, type RichTag } from "./rich-text";

const ALLOWED_TAGS = new Set<string>(RICH_TAGS);

function attributesOf(element: Element): RichAttributes | null {
  const attributes: RichAttributes = {};
  const { href, title, start } = element.properties;
  if (typeof href === "string") attributes.href = safeMarkdownUrl(href);
  if (typeof title === "string") attributes.title = title;
  if (typeof start === "number" && Number.isInteger(start)) attributes.start = String(start);
  return Object.keys(attributes).length > 0 ? attributes : null;
}

function convert(nodes: readonly ElementContent[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      // Whitespace between block elements is not content.
      if (node.value.trim() === "" && node.value.includes("\n")) continue;
      out.push(node.value);
    } else if (node.type === "element") {
      const children = convert(node.children);
      // Images are links by now (markdownWithoutImages); should one remain, its alt text stands in.
      if (node.tagName === "img") out.push(...(typeof node.properties.alt === "string" && node.properties.alt !== "" ? [node.properties.alt] : []));
      else if (ALLOWED_TAGS.has(node.tagName)) out.push([node.tagName as RichTag, attributesOf(node), ...children]);
      else out.push(...children);
    }
    // comments and raw HTML are dropped
  }
  return out;
}

/** Parses Markdown on the server into the reader's rich-text tree (see rich-text.ts): raw HTML dropped, URLs checked, images as links. */
export function markdownToRichNodes(markdown: string): RichNode[] {
  if (markdown.trim() === "") return [];
  const tree = toHast(fromMarkdown(markdownWithoutImages(markdown))) as Root;
  return convert(tree.children.filter((node): node is ElementContent => node.type !== "doctype"));
}
