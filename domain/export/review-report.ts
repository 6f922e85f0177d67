import type { TClaimRecord, TReviewDocument, TSourceRecord } from "../schemas/review";
import { VERDICT_LABELS, VERDICT_RATING_VALUE, type Verdict } from "../ratings/scale";

/**
 * What the report formats (Markdown, HTML, PDF) and the CSV share: the claim's displayed
 * verdict, reading order, source lookup and the scorecard (PRODUCT.md, "Scales").
 */

/** A claim's verdict as the reports show it: a checkable claim nobody has rated yet is "unrated". */
export type ReportVerdict = Verdict | "unrated";

export const REPORT_VERDICTS: readonly ReportVerdict[] = [
  "supported",
  "mostly_supported",
  "mixed",
  "unsupported",
  "contradicted",
  "not_checkable",
  "unrated",
];

export function reportVerdictLabel(verdict: ReportVerdict): string {
  return verdict === "unrated" ? "Not yet rated" : VERDICT_LABELS[verdict];
}

export function claimReportVerdict(claim: TClaimRecord): ReportVerdict {
  if (!claim.checkable) return "not_checkable";
  return claim.verdict ?? "unrated";
}

/** The schema.org rating value 1–5, or null for claims that are not checkable or not rated. */
export function claimRatingValue(claim: TClaimRecord): number | null {
  const verdict = claimReportVerdict(claim);
  return verdict === "unrated" ? null : VERDICT_RATING_VALUE[verdict];
}

/** Reading order: by start offset, the outer of two nested claims first, then by id for stability. */
export function claimsInReadingOrder(review: TReviewDocument): TClaimRecord[] {
  return [...review.claims].sort(
    (a, b) =>
      a.position.start - b.position.start || b.position.end - a.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function sourcesById(review: TReviewDocument): Map<string, TSourceRecord> {
  return new Map(review.sources.map((source) => [source.id, source]));
}

export interface Scorecard {
  total: number;
  counts: Record<ReportVerdict, number>;
  /** Claims with a verdict on the 1–5 scale. */
  rated: number;
  /** Rated claims that are supported or mostly supported. */
  supported: number;
  /** supported / rated, or null when nothing is rated yet. */
  supportedShare: number | null;
  /**
   * The first WEAKEST_LISTED of the claims rated below "Mixed", weakest first, in reading order
   * within a verdict: what the reports list under the scorecard.
   */
  weakest: TClaimRecord[];
  /** How many claims are rated below "Mixed" in all (the list above stops at WEAKEST_LISTED). */
  weakestCount: number;
}

/**
 * The reports list at most this many weakest-supported claims under the scorecard: a summary a
 * reader takes in at a glance, not the hundreds a long review can have (every claim is in the
 * claims section anyway); a line after the list says how many more there are.
 */
export const WEAKEST_LISTED = 10;

/** "…and 665 more rated Unsupported or Contradicted: see the claims below.", or null when the list shows them all. */
export function moreWeakestLine(scorecard: Scorecard): string | null {
  const more = scorecard.weakestCount - scorecard.weakest.length;
  return more > 0 ? `…and ${more.toLocaleString("en-US")} more rated Unsupported or Contradicted: see the claims below.` : null;
}

export function computeScorecard(review: TReviewDocument): Scorecard {
  const counts = Object.fromEntries(REPORT_VERDICTS.map((verdict) => [verdict, 0])) as Record<ReportVerdict, number>;
  const ordered = claimsInReadingOrder(review);
  for (const claim of ordered) counts[claimReportVerdict(claim)] += 1;
  const rated = ordered.filter((claim) => claimRatingValue(claim) !== null).length;
  const supported = counts.supported + counts.mostly_supported;
  const weakest = ordered
    .filter((claim) => (claimRatingValue(claim) ?? Infinity) < 3)
    .sort((a, b) => (claimRatingValue(a) ?? 0) - (claimRatingValue(b) ?? 0));
  return {
    total: ordered.length,
    counts,
    rated,
    supported,
    supportedShare: rated === 0 ? null : supported / rated,
    weakest: weakest.slice(0, WEAKEST_LISTED),
    weakestCount: weakest.length,
  };
}

export function formatShare(share: number | null): string {
  return share === null ? "n/a" : `${Math.round(share * 100)}%`;
}

/** The claim as one sentence: the reviewer's restatement, else the quoted span on one line (a quote spanning paragraphs keeps no blank line). */
export function claimHeadline(claim: TClaimRecord): string {
  const restatement = claim.restatement.trim();
  return restatement.length > 0 ? restatement : claim.quote.exact.replace(/\s+/g, " ").trim();
}

/** Whether the claim has a restatement; without one its headline is the quote, which is then not printed again. */
export function claimHasRestatement(claim: TClaimRecord): boolean {
  return claim.restatement.trim().length > 0;
}

/** `2024-03-01T10:00:00.000Z` -> `2024-03-01`; anything unparsable is returned as given. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return match ? match[0] : value;
}

/** Distinct reviewer names who rated the claim, in rating order. */
export function claimReviewers(claim: TClaimRecord): string[] {
  return [...new Set(claim.ratings.map((rating) => rating.reviewerName))];
}

export const ARTICLE_STATUS_LABELS: Record<TReviewDocument["article"]["status"], string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};
