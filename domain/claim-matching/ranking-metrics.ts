/** Average precision of one ranking over its first k results (the CLEF CheckThat! measure). */
export function averagePrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = 5): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (index + 1);
    }
  });
  return sum / Math.min(relevant.size, k);
}

export function meanAveragePrecisionAt(rankings: readonly { ranked: readonly string[]; relevant: ReadonlySet<string> }[], k = 5): number {
  if (rankings.length === 0) return 0;
  return rankings.reduce((sum, r) => sum + averagePrecisionAt(r.ranked, r.relevant, k), 0) / rankings.length;
}

export function precisionAtOne(rankings: readonly { ranked: readonly string[]; relevant: ReadonlySet<string> }[]): number {
  if (rankings.length === 0) return 0;
  return rankings.filter((r) => r.ranked[0] !== undefined && r.relevant.has(r.ranked[0])).length / rankings.length;
}

/**
 * The 95% percentile-bootstrap interval of a mean: `resamples` draws of as many values, with
 * replacement, by a fixed-seed generator (the same interval on every run). How far a MAP measured
 * on a few hundred queries may lie from what the same ranker would score on other queries like them.
 */
export function bootstrapInterval(values: readonly number[], resamples = 2000, seed = 1): { low: number; high: number } {
  if (values.length === 0) return { low: 0, high: 0 };
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(next() * values.length)] as number;
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return { low: means[Math.floor(0.025 * (resamples - 1))] as number, high: means[Math.ceil(0.975 * (resamples - 1))] as number };
}
