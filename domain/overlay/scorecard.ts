import { VERDICTS, VERDICT_RATING_VALUE, type Verdict } from "../ratings/scale";

export interface ScorecardClaim {
  id: string;
  verdict: Verdict | null;
}

export interface Scorecard {
  total: number;
  counts: Record<Verdict, number>;
  unrated: number;
  /** Claims with a verdict other than not_checkable. */
  checkableRated: number;
  /** Supported or mostly supported, as a share of checkableRated; null when nothing is rated. */
  supportedShare: number | null;
  /** Rated claims from the weakest support to the strongest. */
  weakestFirst: string[];
}

export function computeScorecard(claims: readonly ScorecardClaim[]): Scorecard {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let unrated = 0;
  for (const claim of claims) {
    if (claim.verdict) counts[claim.verdict]++;
    else unrated++;
  }
  const checkableRated = claims.filter((c) => c.verdict && c.verdict !== "not_checkable").length;
  const supported = counts.supported + counts.mostly_supported;
  const weakestFirst = claims
    .filter((c) => c.verdict && c.verdict !== "not_checkable")
    .sort((a, b) => (VERDICT_RATING_VALUE[a.verdict!] ?? 0) - (VERDICT_RATING_VALUE[b.verdict!] ?? 0))
    .map((c) => c.id);
  return {
    total: claims.length,
    counts,
    unrated,
    checkableRated,
    supportedShare: checkableRated === 0 ? null : supported / checkableRated,
    weakestFirst,
  };
}
