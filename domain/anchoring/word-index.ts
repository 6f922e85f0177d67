/**
 * An index of the words (3+ letters or digits) of a folded text, built once per text when a quote
 * has to be searched for far from its old position. Words shared by a quote and a region of the
 * text vote for that region, so only a few regions, not the whole text, are searched approximately.
 */
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff]{3,}/g;
/** Regions are voted for in buckets of this many units (by the quote's implied start). */
const BUCKET = 32;
const MAX_REGIONS = 8;
/** Words more frequent than this say nothing about where a quote is. */
const MAX_POSITIONS_PER_WORD = 2000;

export type WordIndex = Map<string, number[]>;

export function buildWordIndex(folded: string): WordIndex {
  const index: WordIndex = new Map();
  for (const match of folded.matchAll(WORD)) {
    const positions = index.get(match[0]);
    if (positions) positions.push(match.index);
    else index.set(match[0], [match.index]);
  }
  return index;
}

/** At most this many of the quote's words vote, the rarest in the text (they say the most about where it is). */
const MAX_VOTERS = 12;

/**
 * Likely starts of the quote in the text, most-voted first; null when the quote has too few
 * words to vote with (the caller then scans the whole text).
 */
export function votedStarts(index: WordIndex, foldedQuote: string): number[] | null {
  const words = [...foldedQuote.matchAll(WORD)]
    .map((w) => ({ offset: w.index, positions: index.get(w[0]) ?? [] }))
    .filter((w) => w.positions.length <= MAX_POSITIONS_PER_WORD);
  if (words.length < 2) return null;
  const voters = words.sort((a, b) => a.positions.length - b.positions.length).slice(0, MAX_VOTERS);
  // One bit per voting word: a region's votes are the distinct words pointing at it.
  const votes = new Map<number, number>();
  voters.forEach((word, bit) => {
    for (const position of word.positions) {
      const bucket = Math.floor((position - word.offset) / BUCKET);
      votes.set(bucket, (votes.get(bucket) ?? 0) | (1 << bit));
    }
  });
  const votesAround = (bucket: number) => countBits((votes.get(bucket - 1) ?? 0) | (votes.get(bucket) ?? 0) | (votes.get(bucket + 1) ?? 0));
  const ranked: { bucket: number; votes: number }[] = [];
  for (const bucket of votes.keys()) {
    const count = votesAround(bucket);
    if (count >= 2) ranked.push({ bucket, votes: count });
  }
  ranked.sort((a, b) => b.votes - a.votes || a.bucket - b.bucket);
  const chosen: number[] = [];
  for (const { bucket } of ranked) {
    if (chosen.length >= MAX_REGIONS) break;
    if (chosen.every((c) => Math.abs(c - bucket) > 2)) chosen.push(bucket);
  }
  return chosen.map((bucket) => bucket * BUCKET);
}

function countBits(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

const WORD_CHAR = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff]/;
/** A word this frequent is no faster to check than scanning the text. */
const MAX_CHECKED_POSITIONS = 4000;

/**
 * Starts of `needle` in `folded`, ascending, at most `limit` + 1 of them (so a caller can tell
 * "more than limit"). Uses the word index through the rarest word lying wholly inside the needle
 * (a word cut by the needle's ends may be longer in the text); null when the needle has no such
 * word or it is too common: the caller then scans the text.
 */
export function indexedOccurrences(folded: string, index: WordIndex, needle: string, limit: number): number[] | null {
  let rarest: { word: string; offset: number; positions: number[] } | undefined;
  for (const match of needle.matchAll(WORD)) {
    const before = needle[match.index - 1];
    const after = needle[match.index + match[0].length];
    if (before === undefined || after === undefined || WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
    const positions = index.get(match[0]) ?? [];
    if (!rarest || positions.length < rarest.positions.length) rarest = { word: match[0], offset: match.index, positions };
    if (positions.length === 0) break;
  }
  if (!rarest || rarest.positions.length > MAX_CHECKED_POSITIONS) return null;
  const found: number[] = [];
  for (const position of rarest.positions) {
    const start = position - rarest.offset;
    if (start >= 0 && folded.startsWith(needle, start)) {
      found.push(start);
      if (found.length > limit) break;
    }
  }
  return found;
}
