import { krippendorffAlpha } from "./krippendorff-alpha";
import { VERDICT_RATING_VALUE, type Verdict } from "./scale";

/**
 * What the editor's dashboard reads from reviewers' ratings: which claims the reviewers
 * disagree on, and how well they agree over a whole article (Krippendorff's alpha, ordinal,
 * on the 1–5 support scale; "not checkable" is not on that scale, so it counts as missing).
 */

export interface RatedClaim {
  ratings: ReadonlyArray<{ reviewerKey: string; verdict: Verdict }>;
}

/** Two reviewers gave different verdicts (including "not checkable" against a rating). */
export function hasDisagreement(claim: RatedClaim): boolean {
  return new Set(claim.ratings.map((rating) => rating.verdict)).size > 1;
}

/** Claims × reviewers, reviewers in the order first seen; null where a reviewer gave no scale value. */
export function reliabilityMatrix(claims: readonly RatedClaim[]): { reviewers: string[]; rows: (number | null)[][] } {
  const reviewers: string[] = [];
  for (const claim of claims) for (const rating of claim.ratings) if (!reviewers.includes(rating.reviewerKey)) reviewers.push(rating.reviewerKey);
  const rows = claims.map((claim) =>
    reviewers.map((reviewer) => {
      const rating = claim.ratings.find((r) => r.reviewerKey === reviewer);
      return rating ? VERDICT_RATING_VALUE[rating.verdict] : null;
    }),
  );
  return { reviewers, rows };
}

/** Ordinal alpha over the article's claims; null when it is undefined (too few paired ratings, or no variation). */
export function articleAgreement(claims: readonly RatedClaim[]): number | null {
  return krippendorffAlpha(reliabilityMatrix(claims).rows, { level: "ordinal" });
}

/** How Krippendorff (2004) reads alpha: ≥ 0.8 reliable, ≥ 0.667 tentative, lower unreliable. */
export function describeAgreement(alpha: number | null): string {
  if (alpha === null) return "Not enough ratings to measure agreement";
  if (alpha >= 0.8) return "Good agreement";
  if (alpha >= 0.667) return "Tentative agreement";
  return "Low agreement";
}
