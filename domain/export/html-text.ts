/** HTML escaping for text and attribute values: every user string goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text as paragraphs: blank lines separate paragraphs, single newlines become <br>. */
export function htmlParagraphs(text: string, className?: string): string {
  const classAttribute = className ? ` class="${escapeHtml(className)}"` : "";
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p${classAttribute}>${paragraph.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("\n");
}

/** A link to an address the caller already checked with safeHttpUrl. */
export function htmlLink(label: string, href: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}
