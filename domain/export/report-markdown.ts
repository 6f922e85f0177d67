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
      // …and text it stays: markup inside the refused destination ("data:text/html,<script>…") must not turn into HTML.
      for (let i = start + 1; i < (end ?? start); i++) if (text[i] === "<") edits.push({ offset: i, insert: "\\" });
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

/** A stretch of a block's text with one inline style: bold, italic, a link's address. */
export interface ReportTextSpan {
  text: string;
  strong?: true;
  emphasis?: true;
  /** http(s) or mailto address: the span is a link (its label, or the address printed after it). */
  href?: string;
}

/** A block of a rationale for a report drawn by hand (the PDF): its kind, its text and that text's styled spans. */
export interface ReportTextBlock {
  kind: "paragraph" | "heading" | "quote" | "list_item" | "code";
  /** The spans' text joined: no Markdown markers left. */
  text: string;
  spans: ReportTextSpan[];
}

type SpanStyle = Omit<ReportTextSpan, "text">;

/**
 * Markdown as blocks of styled text: emphasis and code markers gone, bold and italic kept as
 * span styles, a link as its label followed by " (address)" when the two differ (a printed
 * report shows where a link goes), list items numbered or bulleted, quotes and headings marked
 * by their kind.
 */
export function markdownToReportBlocks(markdown: string): ReportTextBlock[] {
  const blocks: ReportTextBlock[] = [];
  const push = (kind: ReportTextBlock["kind"], spans: ReportTextSpan[], marker = "") => {
    const tidy = tidySpans(spans);
    if (tidy.length === 0) return;
    if (marker) tidy.unshift({ text: marker });
    blocks.push({ kind, text: tidy.map((span) => span.text).join(""), spans: tidy });
  };
  const walk = (nodes: RichNode[], quote: boolean) => {
    for (const node of nodes) {
      if (typeof node === "string") {
        push(quote ? "quote" : "paragraph", [{ text: node }]);
        continue;
      }
      const [tag, attributes, ...children] = node;
      if (tag === "blockquote") walk(children, true);
      else if (tag === "ul" || tag === "ol") {
        let number = Number(attributes?.start ?? 1);
        for (const item of children) {
          if (typeof item === "string" || item[0] !== "li") continue;
          const marker = tag === "ol" ? `${number++}. ` : "• ";
          push(quote ? "quote" : "list_item", inlineSpans(item.slice(2) as RichNode[], {}), marker);
        }
      } else if (tag === "pre") {
        // Code keeps its spacing.
        const text = inlineSpans(children, {}).map((span) => span.text).join("").replace(/\n{2,}/g, "\n").replace(/\n$/, "");
        if (text.length > 0) blocks.push({ kind: "code", text, spans: [{ text }] });
      }
      else if (tag === "hr") continue;
      else push(/^h[1-6]$/.test(tag) ? "heading" : quote ? "quote" : "paragraph", inlineSpans(children, {}));
    }
  };
  walk(markdownToRichNodes(markdown), false);
  return blocks;
}

function inlineSpans(nodes: RichNode[], style: SpanStyle): ReportTextSpan[] {
  const spans: ReportTextSpan[] = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      spans.push({ text: node, ...style });
      continue;
    }
    const [tag, attributes, ...children] = node;
    if (tag === "br") spans.push({ text: "\n", ...style });
    else if (tag === "strong") spans.push(...inlineSpans(children, { ...style, strong: true }));
    else if (tag === "em") spans.push(...inlineSpans(children, { ...style, emphasis: true }));
    else if (tag === "a" && attributes?.href && /^(https?:|mailto:)/i.test(attributes.href)) {
      const href = attributes.href;
      const label = inlineSpans(children, { ...style, href });
      spans.push(...label);
      if (label.map((span) => span.text).join("") !== href) spans.push({ text: " (", ...style }, { text: href, ...style, href }, { text: ")", ...style });
    } else {
      spans.push(...inlineSpans(children, style));
      if (tag === "p" || tag === "li" || tag === "ul" || tag === "ol") spans.push({ text: "\n", ...style });
    }
  }
  return spans;
}

/** One line break at most in a row, no space or break at either end, neighbours of one style joined, empty spans gone. */
function tidySpans(spans: ReportTextSpan[]): ReportTextSpan[] {
  const out: ReportTextSpan[] = [];
  let previous = "";
  for (const span of spans) {
    let text = "";
    for (const character of span.text) {
      if (character === "\n" && (previous === "\n" || previous === "")) continue;
      if (previous === "" && /\s/.test(character)) continue;
      text += character;
      previous = character;
    }
    if (text === "") continue;
    const last = out.at(-1);
    if (last && sameStyle(last, span)) last.text += text;
    else out.push({ ...span, text });
  }
  // Trailing spaces and breaks.
  while (out.length > 0) {
    const last = out.at(-1)!;
    last.text = last.text.trimEnd();
    if (last.text !== "") break;
    out.pop();
  }
  return out;
}

function sameStyle(a: SpanStyle, b: SpanStyle): boolean {
  return a.strong === b.strong && a.emphasis === b.emphasis && a.href === b.href;
}
