import type { TBlock, TBlockKind } from "../schemas/review";

/**
 * The canonical text of a revision (PRODUCT.md, "Anchoring"): Unicode NFC, newlines `\n`,
 * blocks separated by one blank line. Every selector offset is in UTF-16 code units of it.
 */

export interface BlockInput {
  kind: TBlockKind;
  text: string;
  section?: "article" | "comments";
  level?: number;
}

export interface CanonicalDocument {
  text: string;
  blocks: TBlock[];
}

export const BLOCK_SEPARATOR = "\n\n";

/**
 * NFC, CRLF/CR to LF, runs of spaces, tabs and no-break spaces collapsed to one space, lines
 * trimmed, and no blank line inside a block (a blank line is what separates blocks).
 */
export function normalizeBlockText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t \u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** Joins blocks into the canonical text, recording each block's [start, end) range. Empty blocks are dropped. */
export function buildCanonicalDocument(inputs: BlockInput[]): CanonicalDocument {
  let text = "";
  const blocks: TBlock[] = [];
  for (const input of inputs) {
    const blockText = normalizeBlockText(input.text);
    if (blockText.length === 0) continue;
    if (text.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += blockText;
    const block: TBlock = { kind: input.kind, start, end: text.length, section: input.section ?? "article" };
    if (input.level !== undefined) block.level = input.level;
    blocks.push(block);
  }
  return { text, blocks };
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
