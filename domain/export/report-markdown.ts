import { fromMarkdown } from "mdast-util-from-markdown";
import { markdownToRichNodes } from "../overlay/markdown-to-rich";
import { safeMarkdownUrl, type RichNode } from "../overlay/rich-text";
import { markdownWithoutImages } from "../text/markdown-without-images";
import { escapeHtml } from "./html-text";

/**
 * A rationale's or summary's Markdown in the reports. The rules are the reader's (the same
 * parser, the same safe tags and links, images as links): the HTML report renders it, the
 * Markdown report keeps it as Markdown, never escaped into literal asterisks.
 */

/** Headings inside a rationale sit under the report's own h2/h3: they become h4. */
const HTML_TAG: Partial<Record<string, string>> = { h1: "h4", h2: "h4", h3: "h4", h4: "h4", h5: "h5", h6: "h6" };

/** Markdown to HTML for the HTML report: only the reader's safe tags, every text escaped, unsafe links as text. */
export function markdownToReportHtml(markdown: string): string {
  return markdownToRichNodes(markdown).map(richNodeHtml).join("");
}

function richNodeHtml(node: RichNode): string {
  if (typeof node === "string") return escapeHtml(node);
  const [tag, attributes, ...children] = node;
  const inner = children.map(richNodeHtml).join("");
  if (tag === "a") {
    const href = attributes?.href ?? "";
    return /^(https?:|mailto:)/i.test(href) ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>` : inner;
  }
  if (tag === "br" || tag === "hr") return `<${tag}>`;
  const name = HTML_TAG[tag] ?? tag;
  const start = tag === "ol" && attributes?.start ? ` start="${escapeHtml(attributes.start)}"` : "";
  return `<${name}${start}>${inner}</${name}>`;
}

/**
 * Markdown kept as Markdown for the Markdown report: images become links (the shared rule),
 * raw HTML is escaped so that a viewer shows it as text, a link to anything but http(s), mailto,
 * "#" or "/" stays text, and headings lose their marker so that a rationale cannot open a
 * section of the report. Everything else is as the reviewer wrote it.
 */
export function markdownForReport(markdown: string): string {
  const text = markdownWithoutImages(markdown.replace(/\r\n?/g, "\n").trim());
  const edits: { offset: number; insert?: string; remove?: number }[] = [];
  const visit = (node: { type: string; url?: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "html" && start !== undefined && end !== undefined) {
      for (let i = start; i < end; i++) if (text[i] === "<") edits.push({ offset: i, insert: "\\" });
    }
    if ((node.type === "link" || node.type === "definition") && start !== undefined && safeMarkdownUrl(node.url ?? "") === "") {
      edits.push({ offset: start, insert: "\\" }); // "[label](javascript:…)" and "<javascript:…>" become text
    }
    if (node.type === "heading" && start !== undefined) {
      const marker = /^#{1,6}[ \t]*/.exec(text.slice(start));
      if (marker) edits.push({ offset: start, remove: marker[0].length });
      else edits.push(...setextUnderline(text, node));
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(text));
  let out = text;
  for (const edit of edits.sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + (edit.insert ?? "") + out.slice(edit.offset + (edit.remove ?? 0));
  }
  return out;
}

/** A setext heading ("Title\n====="): its underline line is dropped. */
function setextUnderline(text: string, node: { position?: { end: { offset?: number } } }): { offset: number; remove: number }[] {
  const end = node.position?.end.offset;
  if (end === undefined) return [];
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  return /^[ \t]*(?:=+|-+)[ \t]*$/.test(text.slice(lineStart, end)) ? [{ offset: lineStart - 1, remove: end - lineStart + 1 }] : [];
}

/** A block of a rationale for a report without inline markup (the PDF): its kind and its text. */
export interface ReportTextBlock {
  kind: "paragraph" | "heading" | "quote" | "list_item" | "code";
  text: string;
}

/**
 * Markdown as blocks of plain text: emphasis and code markers gone, a link as "label (address)"
 * when the two differ, list items numbered or bulleted, quotes and headings marked by their kind.
 */
export function markdownToReportBlocks(markdown: string): ReportTextBlock[] {
  const blocks: ReportTextBlock[] = [];
  const walk = (nodes: RichNode[], quote: boolean) => {
    for (const node of nodes) {
      if (typeof node === "string") {
        if (node.trim()) blocks.push({ kind: quote ? "quote" : "paragraph", text: node.trim() });
        continue;
      }
      const [tag, attributes, ...children] = node;
      if (tag === "blockquote") walk(children, true);
      else if (tag === "ul" || tag === "ol") {
        let number = Number(attributes?.start ?? 1);
        for (const item of children) {
          if (typeof item === "string" || item[0] !== "li") continue;
          const marker = tag === "ol" ? `${number++}. ` : "• ";
          blocks.push({ kind: quote ? "quote" : "list_item", text: `${marker}${inlineText(item.slice(2) as RichNode[]).trim()}` });
        }
      } else if (tag === "pre") blocks.push({ kind: "code", text: inlineText(children).replace(/\n$/, "") });
      else if (tag === "hr") continue;
      else blocks.push({ kind: /^h[1-6]$/.test(tag) ? "heading" : quote ? "quote" : "paragraph", text: inlineText(children).trim() });
    }
  };
  walk(markdownToRichNodes(markdown), false);
  return blocks.filter((block) => block.text.length > 0);
}

function inlineText(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === "string") return node;
      const [tag, attributes, ...children] = node;
      const text = inlineText(children);
      if (tag === "br") return "\n";
      if (tag === "a" && attributes?.href && /^(https?:|mailto:)/i.test(attributes.href) && attributes.href !== text) return `${text} (${attributes.href})`;
      if (tag === "p" || tag === "li" || tag === "ul" || tag === "ol") return `${text}\n`;
      return text;
    })
    .join("")
    .replace(/\n{2,}/g, "\n");
}
