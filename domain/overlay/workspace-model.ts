import { formatSourceCitation } from "../export/source-citation";
import type { Verdict } from "../ratings/scale";
import type { TReviewDocument } from "../schemas/review";
import { buildReaderModel, type ReaderModel } from "./reader-model";

export interface WorkspaceRating {
  /** Present for the viewer's own rating, and for every rating when the viewer is an editor. */
  reviewerEmail?: string;
  reviewerName: string;
  verdict: Verdict;
  confidence: number;
  rationale: string;
}

export interface WorkspaceModel extends ReaderModel {
  status: TReviewDocument["article"]["status"];
  claimExtras: Record<string, { version: number; ratings: WorkspaceRating[]; checkable: boolean }>;
  /** Sources already in this review, for reuse from the bibliography. */
  bibliography: { id: string; citation: string }[];
}

export function buildWorkspaceModel(review: TReviewDocument): WorkspaceModel {
  const reader = buildReaderModel(review);
  return {
    ...reader,
    status: review.article.status,
    claimExtras: Object.fromEntries(
      review.claims.map((claim) => [
        claim.id,
        {
          version: claim.version,
          checkable: claim.checkable,
          ratings: claim.ratings.map(({ reviewerEmail, reviewerName, verdict, confidence, rationale }) => ({ reviewerEmail, reviewerName, verdict, confidence, rationale })),
        },
      ]),
    ),
    bibliography: review.sources.map((source) => ({ id: source.id, citation: formatSourceCitation(source) })),
  };
}
