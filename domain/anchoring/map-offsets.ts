import { BLOCK_SEPARATOR } from "../text/canonical-text";

/**
 * Maps offsets of an old revision's text to the new one, paragraph by paragraph: a paragraph found
 * unchanged (and unique) in both texts carries its offsets along, even if it moved; an offset in a
 * changed paragraph keeps its distance from the nearest unchanged paragraph before it.
 * Only a hint for anchoring, which always checks the text itself.
 */
export type OffsetMap = (oldOffset: number) => number;

interface Paragraph {
  text: string;
  start: number;
  end: number;
}

export function mapOffsets(oldText: string, newText: string): OffsetMap {
  if (oldText === newText) return (offset) => offset;
  const oldParagraphs = splitParagraphs(oldText);
  const newParagraphs = splitParagraphs(newText);
  const newByText = uniqueByText(newParagraphs);
  const oldCounts = countByText(oldParagraphs);
  /** For each old paragraph, the new paragraph start it maps to, or undefined when changed. */
  const shifts = oldParagraphs.map((p) => {
    const match = oldCounts.get(p.text) === 1 ? newByText.get(p.text) : undefined;
    return match ? match.start - p.start : undefined;
  });

  return (oldOffset) => {
    const index = paragraphIndexAt(oldParagraphs, oldOffset);
    for (let i = index; i >= 0; i--) {
      const shift = shifts[i];
      if (shift === undefined) continue;
      const mapped = oldOffset + shift;
      return Math.min(newText.length, Math.max(0, mapped));
    }
    return Math.min(newText.length, Math.max(0, oldOffset));
  };
}

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const found = text.indexOf(BLOCK_SEPARATOR, start);
    const end = found === -1 ? text.length : found;
    paragraphs.push({ text: text.slice(start, end), start, end });
    if (found === -1) break;
    start = found + BLOCK_SEPARATOR.length;
  }
  return paragraphs;
}

function uniqueByText(paragraphs: Paragraph[]): Map<string, Paragraph> {
  const counts = countByText(paragraphs);
  const byText = new Map<string, Paragraph>();
  for (const p of paragraphs) if (counts.get(p.text) === 1) byText.set(p.text, p);
  return byText;
}

function countByText(paragraphs: Paragraph[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
  return counts;
}

/** The index of the last paragraph starting at or before `offset` (binary search). */
function paragraphIndexAt(paragraphs: Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((paragraphs[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
