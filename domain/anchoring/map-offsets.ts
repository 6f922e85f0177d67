import { BLOCK_SEPARATOR } from "../text/canonical-text";
import { foldTypography } from "./fold-typography";

/**
 * Maps offsets of an old revision's text to the new one, paragraph by paragraph: a paragraph found
 * unchanged (and unique) in both texts carries its offsets along, even if it moved. A changed
 * paragraph is paired with the new paragraph in the same place between unchanged ones; inside it an
 * offset before its first change or after its last one maps exactly, one between them follows the
 * old text right after it (or right before it) into the new paragraph. Otherwise an offset keeps its
 * distance from the nearest unchanged paragraph before it.
 * Only a hint for anchoring, which always checks the text itself.
 */
export type OffsetMap = (oldOffset: number) => number;

interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** Units of old text around an offset looked for in the changed middle of its paragraph. */
const LOCAL_CONTEXT = 12;

export function mapOffsets(oldText: string, newText: string): OffsetMap {
  if (oldText === newText) return (offset) => offset;
  const oldParagraphs = splitParagraphs(oldText);
  const newParagraphs = splitParagraphs(newText);
  const newIndexByText = uniqueIndexByText(newParagraphs);
  const oldCounts = countByText(oldParagraphs);
  /** For each old paragraph, the index of the same (unchanged, unique) new paragraph, or undefined. */
  const matched = oldParagraphs.map((p) => (oldCounts.get(p.text) === 1 ? newIndexByText.get(p.text) : undefined));
  const pairs = pairChangedParagraphs(matched, newParagraphs.length);
  const clampNew = (n: number) => Math.min(newText.length, Math.max(0, n));
  const inPair = new Map<number, (relative: number) => number>();

  return (oldOffset) => {
    const index = paragraphIndexAt(oldParagraphs, oldOffset);
    const old = oldParagraphs[index]!;
    const same = matched[index];
    if (same !== undefined) return clampNew(oldOffset - old.start + newParagraphs[same]!.start);
    const pair = pairs[index];
    if (pair !== undefined && oldOffset <= old.end) {
      const fresh = newParagraphs[pair]!;
      let map = inPair.get(index);
      if (!map) inPair.set(index, (map = mapWithinParagraph(old.text, fresh.text)));
      return clampNew(fresh.start + map(oldOffset - old.start));
    }
    for (let i = index - 1; i >= 0; i--) {
      const before = matched[i];
      if (before === undefined) continue;
      return clampNew(oldOffset - oldParagraphs[i]!.start + newParagraphs[before]!.start);
    }
    return clampNew(oldOffset);
  };
}

/**
 * For each changed old paragraph, the new paragraph in its place: between the same two unchanged
 * paragraphs, when the same number of paragraphs stands between them in both texts.
 */
function pairChangedParagraphs(matched: readonly (number | undefined)[], newCount: number): (number | undefined)[] {
  const pairs: (number | undefined)[] = matched.map(() => undefined);
  let previousOld = -1;
  let previousNew = -1;
  for (let i = 0; i <= matched.length; i++) {
    const next = i === matched.length ? newCount : matched[i];
    if (next === undefined) continue;
    if (next > previousNew && next - previousNew === i - previousOld) {
      for (let k = previousOld + 1; k < i; k++) pairs[k] = previousNew + (k - previousOld);
    }
    previousOld = i;
    previousNew = next;
  }
  return pairs;
}

/** Offsets of an old paragraph in its edited version (both typography-folded before comparing). */
function mapWithinParagraph(oldParagraph: string, newParagraph: string): (relative: number) => number {
  const a = foldTypography(oldParagraph);
  const b = foldTypography(newParagraph);
  let common = 0;
  while (common < a.length && common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  let tail = 0;
  while (tail < a.length - common && tail < b.length - common && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const shift = b.length - a.length;
  return (r) => {
    if (r <= common) return r;
    if (r >= a.length - tail) return r + shift;
    // Between the first and the last change: where the old text right after (or before) the offset now is.
    const from = common;
    const to = b.length - tail;
    const estimate = Math.min(to, Math.max(from, r));
    const after = a.slice(r, Math.min(a.length - tail, r + LOCAL_CONTEXT));
    const foundAfter = after.length >= 4 ? nearestOccurrence(b, after, from, to, estimate) : -1;
    if (foundAfter !== -1) return foundAfter;
    const before = a.slice(Math.max(common, r - LOCAL_CONTEXT), r);
    const foundBefore = before.length >= 4 ? nearestOccurrence(b, before, from, to, estimate - before.length) : -1;
    return foundBefore !== -1 ? foundBefore + before.length : estimate;
  };
}

/** The occurrence of `part` inside text[from, to) nearest `estimate`, or -1. */
function nearestOccurrence(text: string, part: string, from: number, to: number, estimate: number): number {
  let best = -1;
  for (let at = text.indexOf(part, from); at !== -1 && at + part.length <= to; at = text.indexOf(part, at + 1)) {
    if (best === -1 || Math.abs(at - estimate) < Math.abs(best - estimate)) best = at;
  }
  return best;
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

function uniqueIndexByText(paragraphs: Paragraph[]): Map<string, number> {
  const counts = countByText(paragraphs);
  const byText = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    if (counts.get(p.text) === 1) byText.set(p.text, i);
  });
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
