import { buildCanonicalDocument } from "../text/canonical-text";

export { buildCanonicalDocument, normalizeBlockText, splitsSurrogatePair, BLOCK_SEPARATOR } from "../text/canonical-text";
export type { BlockInput, CanonicalDocument } from "../text/canonical-text";

/**
 * The canonical text of a whole raw string: NFC, `\n` newlines, every run of blank lines turned into
 * exactly one blank line between paragraphs, spaces collapsed and lines trimmed (as for any block).
 */
export function canonicalText(raw: string): string {
  const paragraphs = raw
    .replace(/\r\n?/g, "\n")
    .split(/\n[\t \u00a0]*\n/)
    .map((text) => ({ kind: "paragraph" as const, text }));
  return buildCanonicalDocument(paragraphs).text;
}
