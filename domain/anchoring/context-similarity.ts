/**
 * How well the text before a match agrees with the expected prefix: 1 minus the edit distance
 * between `expected` and the best-aligned end of `actualBefore`, over the expected length.
 * Returns null when there is no expected prefix (the quote was at the start of its text).
 */
export function prefixSimilarity(expected: string, actualBefore: string): number | null {
  if (expected.length === 0) return null;
  return 1 - anchoredDistance(reverse(expected), reverse(actualBefore)) / expected.length;
}

/** As prefixSimilarity, for the expected suffix against the text after a match. */
export function suffixSimilarity(expected: string, actualAfter: string): number | null {
  if (expected.length === 0) return null;
  return 1 - anchoredDistance(expected, actualAfter) / expected.length;
}

function reverse(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Edit distance between `pattern` and the best prefix of `text` (both aligned at their start; the
 * text may end anywhere). Plain dynamic programming: both strings are at most a few dozen units.
 */
function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  let previous = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = m;
  for (let j = 1; j <= text.length; j++) {
    const current = new Array<number>(m + 1);
    current[0] = j;
    const tc = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitution = (previous[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
      current[i] = Math.min(substitution, (previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1);
    }
    best = Math.min(best, current[m] ?? m);
    previous = current;
  }
  return best;
}
