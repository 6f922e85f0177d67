import { foldTypography } from "./fold-typography";
import { buildWordIndex, type WordIndex } from "./word-index";

/** A text to anchor into, with its typography-folded twin (same length, same offsets) and a lazy word index. */
export interface PreparedText {
  text: string;
  folded: string;
  /** Built on first use: only quotes that must be searched far from their old position need it. */
  wordIndex: () => WordIndex;
}

export function prepareText(text: string): PreparedText {
  const folded = foldTypography(text);
  let index: WordIndex | undefined;
  return { text, folded, wordIndex: () => (index ??= buildWordIndex(folded)) };
}

let lastPrepared: PreparedText | undefined;

/** prepareText, remembering the last text: callers anchoring many quotes into one text pay once. */
export function prepareTextCached(text: string): PreparedText {
  if (lastPrepared?.text !== text) lastPrepared = prepareText(text);
  return lastPrepared;
}
