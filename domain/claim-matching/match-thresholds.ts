/**
 * Meedan Check's two thresholds, on the re-ranker's calibrated probability that a match is the
 * same claim (domain/claim-matching/score-candidates.ts): below SHOW nothing is shown; at or
 * above SAME a match is marked "probably the same claim".
 */
export const MATCH_THRESHOLDS = { show: 0.3, same: 0.75 } as const;

export type MatchStrength = "probably_same" | "similar";

/** How a match is presented, or null when it is too weak to show. */
export function matchStrength(score: number, thresholds: { show: number; same: number } = MATCH_THRESHOLDS): MatchStrength | null {
  if (score >= thresholds.same) return "probably_same";
  if (score >= thresholds.show) return "similar";
  return null;
}
