import { z } from "zod";

/** POST /api/external-reviews/import: what the import did. */
export const ZClaimReviewImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Malformed items, skipped: their position among the feed's items (from 0), where they sit, and why. */
  skipped: z.array(z.object({ index: z.number().int(), path: z.string(), reasons: z.array(z.string()) })),
});
export type TClaimReviewImportResult = z.infer<typeof ZClaimReviewImportResult>;
