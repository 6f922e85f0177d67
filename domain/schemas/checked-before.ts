import { z } from "zod";
import { ZArticleStatus, ZVerdict } from "./review";

/** GET /api/claims/[id]/similar: earlier reviews of the same claim, for the workspace's "Checked before" panel. */
export const ZCheckedBeforeMatch = z.object({
  claimId: z.string(),
  articleSlug: z.string(),
  articleTitle: z.string(),
  articleStatus: ZArticleStatus,
  quote: z.string(),
  restatement: z.string(),
  verdict: ZVerdict.nullable(),
  score: z.number(),
  strength: z.enum(["probably_same", "similar"]),
  url: z.string(),
  checkedAt: z.string(),
  evidenceCount: z.number().int(),
});
export type TCheckedBeforeMatch = z.infer<typeof ZCheckedBeforeMatch>;

/** Another fact-checker's review of a claim like this one (an imported ClaimReview): their rating in their words, never our verdict. */
export const ZExternalReviewMatch = z.object({
  reviewId: z.string(),
  claimText: z.string(),
  ratingText: z.string(),
  publisherName: z.string(),
  /** The review on the publisher's site. */
  url: z.string(),
  reviewedAt: z.string().nullable(),
  score: z.number(),
  strength: z.enum(["probably_same", "similar"]),
});
export type TExternalReviewMatch = z.infer<typeof ZExternalReviewMatch>;

export const ZCheckedBeforeResponse = z.object({ matches: z.array(ZCheckedBeforeMatch), external: z.array(ZExternalReviewMatch) });
export type TCheckedBeforeResponse = z.infer<typeof ZCheckedBeforeResponse>;

/** POST /api/claims/[id]/copy-evidence */
export const ZCopyEvidenceInput = z.object({ fromClaimId: z.string().min(1).max(64) });
export type TCopyEvidenceInput = z.infer<typeof ZCopyEvidenceInput>;
