import { z } from "zod";
import { ZVerdict } from "./review";

/** GET /api/claims/similar?q=&limit=: the query string. */
export const ZSimilarClaimsQuery = z.object({
  q: z
    .string({ error: "Give the claim to look for in q." })
    .refine((q) => q.trim().length > 0, "q must hold some text.")
    .refine((q) => q.length <= 2000, "q is limited to 2,000 characters."),
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 50." })
    .int("limit must be a whole number from 1 to 50.")
    .min(1, "limit must be a whole number from 1 to 50.")
    .max(50, "limit must be a whole number from 1 to 50.")
    .default(10),
});
export type TSimilarClaimsQuery = z.infer<typeof ZSimilarClaimsQuery>;

export const ZSimilarClaim = z.object({
  claimId: z.string(),
  articleSlug: z.string(),
  articleTitle: z.string(),
  quote: z.string(),
  restatement: z.string(),
  verdict: ZVerdict.nullable(),
  /** The probability, 0..1, that this is the same claim as the query. */
  score: z.number().min(0).max(1),
  /** The claim on its reader page. */
  url: z.string(),
});
export type TSimilarClaim = z.infer<typeof ZSimilarClaim>;

export const ZSimilarClaimsResponse = z.object({ results: z.array(ZSimilarClaim) });
export type TSimilarClaimsResponse = z.infer<typeof ZSimilarClaimsResponse>;
