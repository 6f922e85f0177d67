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

/**
 * Likely starts of the quote in the text, most-voted first; null when the quote has too few
 * words to vote with (the caller then scans the whole text).
 */
export function votedStarts(index: WordIndex, foldedQuote: string): number[] | null {
  const words = [...foldedQuote.matchAll(WORD)].filter((w) => (index.get(w[0])?.length ?? 0) <= MAX_POSITIONS_PER_WORD);
  if (words.length < 2) return null;
  const voters = new Map<number, Set<number>>();
  for (const word of words) {
    for (const position of index.get(word[0]) ?? []) {
      const bucket = Math.floor((position - word.index) / BUCKET);
      const set = voters.get(bucket) ?? new Set<number>();
      set.add(word.index);
      voters.set(bucket, set);
    }
  }
  const votesAround = (bucket: number) =>
    new Set([...(voters.get(bucket - 1) ?? []), ...(voters.get(bucket) ?? []), ...(voters.get(bucket + 1) ?? [])]).size;
  const ranked = [...voters.keys()]
    .map((bucket) => ({ bucket, votes: votesAround(bucket) }))
    .filter((b) => b.votes >= 2)
    .sort((a, b) => b.votes - a.votes || a.bucket - b.bucket);
  const chosen: number[] = [];
  for (const { bucket } of ranked) {
    if (chosen.length >= MAX_REGIONS) break;
    if (chosen.every((c) => Math.abs(c - bucket) > 2)) chosen.push(bucket);
  }
  return chosen.map((bucket) => bucket * BUCKET);
}
