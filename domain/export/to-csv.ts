import type { TReviewDocument } from "../schemas/review";
import type { TExportOptions } from "./export-options";
import { claimUrl } from "./links";
import { csvDocument, type CsvCell } from "./csv-format";
import { claimRatingValue, claimReportVerdict, claimReviewers, claimsInReadingOrder, reportVerdictLabel } from "./review-report";

export const CLAIM_CSV_COLUMNS = [
  "number",
  "claim_id",
  "quote",
  "restatement",
  "verdict",
  "verdict_label",
  "rating_value",
  "checkable",
  "tags",
  "rationale",
  "evidence_count",
  "reviewers",
  "start",
  "end",
  "claim_url",
  "created_at",
  "updated_at",
] as const;

/** One row per claim, in reading order (RFC 4180, formula-safe). */
export function toCsv(review: TReviewDocument, options: TExportOptions): string {
  const rows: CsvCell[][] = claimsInReadingOrder(review).map((claim, index) => {
    const verdict = claimReportVerdict(claim);
    return [
      index + 1,
      claim.id,
      claim.quote.exact,
      claim.restatement,
      verdict,
      reportVerdictLabel(verdict),
      claimRatingValue(claim),
      claim.checkable,
      claim.tags.join("; "),
      claim.rationale,
      claim.evidence.length,
      claimReviewers(claim).join("; "),
      claim.position.start,
      claim.position.end,
      claimUrl(options.baseUrl, review.article.slug, claim.id),
      claim.createdAt,
      claim.updatedAt,
    ];
  });
  return csvDocument(CLAIM_CSV_COLUMNS, rows);
}
