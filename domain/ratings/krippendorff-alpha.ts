/**
 * Krippendorff's alpha, the agreement between several raters on the same units, chance-corrected,
 * with any number of raters and missing ratings. Computed from the coincidence matrix as in
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 *
 *   o_ck = Σ_units (number of ordered pairs c,k of values in the unit) / (m_u − 1)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * Units with fewer than two ratings are not pairable and are left out.
 */

export type MeasurementLevel = "nominal" | "ordinal" | "interval" | "ratio";

/** Rows are units (claims), columns raters; null where a rater gave no rating. */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<number | null>>;

type Coincidences = { values: number[]; matrix: number[][]; marginals: number[]; total: number };

function coincidences(data: ReliabilityData): Coincidences {
  const values = [...new Set(data.flatMap((unit) => (unit.filter((v) => v !== null).length >= 2 ? unit.filter((v): v is number => v !== null) : [])))].sort((a, b) => a - b);
  const index = new Map(values.map((value, i) => [value, i]));
  const matrix = values.map(() => values.map(() => 0));

  for (const unit of data) {
    const present = unit.filter((value): value is number => value !== null);
    const m = present.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i += 1) {
      for (let j = 0; j < m; j += 1) {
        if (i === j) continue;
        const row = matrix[index.get(present[i] as number) as number] as number[];
        const column = index.get(present[j] as number) as number;
        row[column] = (row[column] ?? 0) + 1 / (m - 1);
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  return { values, matrix, marginals, total: marginals.reduce((sum, n) => sum + n, 0) };
}

/** δ²(c, k) for the level of measurement; ordinal uses the values' marginal frequencies, so it only depends on rank. */
function squaredDistance(level: MeasurementLevel, { values, marginals }: Coincidences): (c: number, k: number) => number {
  switch (level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
    case "ratio":
      return (c, k) => {
        const a = values[c] as number;
        const b = values[k] as number;
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      };
    case "ordinal":
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c];
        let between = 0;
        for (let g = low; g <= high; g += 1) between += marginals[g] as number;
        return (between - ((marginals[c] as number) + (marginals[k] as number)) / 2) ** 2;
      };
  }
}

/**
 * α for `data` (units × raters). 1 is perfect agreement, 0 agreement at chance level, below 0
 * systematic disagreement. null when it is undefined: no unit has two ratings, or every pairable
 * rating is the same value (no variation to agree about).
 */
export function krippendorffAlpha(data: ReliabilityData, options: { level?: MeasurementLevel } = {}): number | null {
  const level = options.level ?? "ordinal";
  const table = coincidences(data);
  if (table.total === 0 || table.values.length < 2) return null;

  const delta = squaredDistance(level, table);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < table.values.length; c += 1) {
    for (let k = 0; k < table.values.length; k += 1) {
      const distance = delta(c, k);
      observed += ((table.matrix[c] as number[])[k] as number) * distance;
      expected += (table.marginals[c] as number) * (table.marginals[k] as number) * distance;
    }
  }
  if (expected === 0) return null;
  return 1 - ((table.total - 1) * observed) / expected;
}
