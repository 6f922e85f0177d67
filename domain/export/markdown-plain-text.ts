/**
 * A rationale's Markdown as plain text for the PDF, which has no Markdown renderer: emphasis
 * and code markers dropped, links as "label (url)", heading and quote markers removed.
 * Backslash-escaped characters are set aside first, so they survive as themselves.
 */
export function markdownToPlainText(markdown: string): string {
  const escaped: string[] = [];
  const hold = (character: string) => `\uE000${escaped.push(character) - 1}\uE001`;
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_, character: string) => hold(character))
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_, label: string, href: string) => (label === href ? label : `${label} (${href})`))
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, "$1$3")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/\uE000(\d+)\uE001/g, (_, index: string) => escaped[Number(index)] ?? "");
}
