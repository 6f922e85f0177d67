import { STANCE_LABELS, STUDY_DESIGN_LABELS } from "../ratings/scale";
import type { TReviewDocument } from "../schemas/review";
import type { TExportOptions } from "./export-options";
import { claimUrl, doiUrl, pubmedUrl } from "./links";
import { csvDocument, type CsvCell } from "./csv-format";
import { claimsInReadingOrder, sourcesById } from "./review-report";
import { citationsBySourceId } from "./source-citation";

export const EVIDENCE_CSV_COLUMNS = [
  "claim_number",
  "claim_id",
  "evidence_id",
  "stance",
  "stance_label",
  "study_design",
  "study_design_label",
  "finding",
  "locator",
  "note",
  "source_id",
  "citation",
  "title",
  "year",
  "doi",
  "doi_url",
  "pmid",
  "pubmed_url",
  "url",
  "claim_url",
] as const;

/** One row per evidence item, claims in reading order (RFC 4180, formula-safe). */
export function toCsvEvidence(review: TReviewDocument, options: TExportOptions): string {
  const sources = sourcesById(review);
  const citations = citationsBySourceId(review.sources);
  const rows: CsvCell[][] = [];
  claimsInReadingOrder(review).forEach((claim, index) => {
    for (const item of claim.evidence) {
      const source = sources.get(item.sourceId);
      rows.push([
        index + 1,
        claim.id,
        item.id,
        item.stance,
        STANCE_LABELS[item.stance],
        item.studyDesign,
        STUDY_DESIGN_LABELS[item.studyDesign],
        item.finding,
        item.locator,
        item.note,
        item.sourceId,
        source ? (citations.get(source.id) ?? null) : null,
        source?.title ?? null,
        source?.year ?? null,
        source?.doi ?? null,
        doiUrl(source?.doi),
        source?.pmid ?? null,
        pubmedUrl(source?.pmid),
        // The raw URL as entered, even if unsafe: in a CSV it is inert text, and dropping it would lose data.
        source?.url ?? null,
        claimUrl(options.baseUrl, review.article.slug, claim.id),
      ]);
    }
  });
  return csvDocument(EVIDENCE_CSV_COLUMNS, rows);
}
