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
