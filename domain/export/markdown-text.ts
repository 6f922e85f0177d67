/**
 * Escaping user text for Markdown (CommonMark + GFM): after escaping, nothing a user typed
 * can become HTML, a link, an image, emphasis, a table cell break or a list/heading marker.
 */

const INLINE_SIGNIFICANT = /[\\`*_{}[\]<>#|~&]/g;

/** One line of inline text; newlines collapse to spaces. */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\s*\r?\n\s*/g, " ");
  return escapeLineStart(escapeCharacters(oneLine));
}

/** A block of text keeping its paragraphs (blank lines) and line breaks (hard breaks). */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => escapeLineStart(escapeCharacters(line.trim())))
        .filter((line) => line.length > 0)
        .join("\\\n"),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join("\n\n");
}

/** A block as a Markdown blockquote. */
export function markdownQuote(text: string): string {
  return escapeMarkdownBlock(text)
    .split("\n")
    .map((line) => (line.length > 0 ? `> ${line}` : ">"))
    .join("\n");
}

/** A link whose destination the caller has already checked (http/https, percent-encoded). */
export function markdownLink(label: string, href: string): string {
  return `[${escapeMarkdownInline(label)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function escapeCharacters(text: string): string {
  return (
    text
      .replace(INLINE_SIGNIFICANT, (character) => `\\${character}`)
      // GFM turns bare http://… and www.… into links; a backslash breaks the pattern.
      .replace(/:\/\//g, "\\://")
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`)
  );
}

/** List, heading-underline and blockquote markers only matter at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3").replace(/^(\s*)([-+=>:])/, "$1\\$2");
}
