import { escapeHtml } from "./article-html";
import { safeMarkdownUrl, type RichNode } from "./rich-text";

/**
 * Rich nodes (parsed user Markdown, domain/overlay/markdown-to-rich.ts) as an HTML string for
 * pages rendered without React. Tags are the fixed set of rich-text.ts; every text and
 * attribute is escaped; links keep only safe URLs (images arrive as links already:
 * domain/text/markdown-without-images.ts).
 */
export function richNodesToHtml(nodes: readonly RichNode[]): string {
  return nodes.map(nodeToHtml).join("");
}

function nodeToHtml(node: RichNode): string {
  if (typeof node === "string") return escapeHtml(node);
  const [tag, attributes, ...children] = node;
  const inner = richNodesToHtml(children);
  switch (tag) {
    case "a": {
      const href = safeMarkdownUrl(attributes?.href ?? "");
      return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${inner}</a>` : inner;
    }
    case "br":
    case "hr":
      return `<${tag}>`;
    case "ol": {
      const start = attributes?.start && /^\d+$/.test(attributes.start) ? ` start="${attributes.start}"` : "";
      return `<ol${start}>${inner}</ol>`;
    }
    default:
      return `<${tag}>${inner}</${tag}>`;
  }
}
