import { foldTypography } from "./fold-typography";
import { buildWordIndex, indexedOccurrences, type WordIndex } from "./word-index";

/** A text to anchor into, with its typography-folded twin (same length, same offsets) and a lazy word index. */
export interface PreparedText {
  text: string;
  folded: string;
  /** Built on first use: only quotes that must be searched far from their old position need it. */
  wordIndex: () => WordIndex;
}

/** From this length on, exact searches go through the word index (built once per text) instead of scanning the text. */
const INDEXED_LENGTH = 100_000;

export function prepareText(text: string): PreparedText {
  const folded = foldTypography(text);
  let index: WordIndex | undefined;
  return { text, folded, wordIndex: () => (index ??= buildWordIndex(folded)) };
}

/**
 * Starts of a folded `needle` in the prepared text, ascending, at most `limit` + 1 of them (more
 * than `limit` tells the caller the needle is too common to say anything).
 */
export function occurrencesOf(prepared: PreparedText, needle: string, limit: number): number[] {
  const { folded } = prepared;
  if (needle.length === 0) return [];
  if (folded.length >= INDEXED_LENGTH) {
    const indexed = indexedOccurrences(folded, prepared.wordIndex(), needle, limit);
    if (indexed) return indexed;
  }
  const found: number[] = [];
  for (let at = folded.indexOf(needle); at !== -1 && found.length <= limit; at = folded.indexOf(needle, at + 1)) found.push(at);
  return found;
}

let lastPrepared: PreparedText | undefined;

/** prepareText, remembering the last text: callers anchoring many quotes into one text pay once. */
export function prepareTextCached(text: string): PreparedText {
  if (lastPrepared?.text !== text) lastPrepared = prepareText(text);
  return lastPrepared;
}
