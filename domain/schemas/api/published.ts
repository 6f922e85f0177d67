import { z } from "zod";
import type { OverlayReview } from "../../overlay/overlay-review";
import type { ReaderClaimDetails } from "../../overlay/reader-model";
import type { AreaSchemas } from "./route-schemas";

/** The path of one published claim's details: an article slug and a claim id, nothing else. */
export const ZPublishedClaimParams = z.object({
  slug: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, "Not an article slug."),
  claimId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Not a claim id."),
});

/**
 * Published reviews, for everyone: the reader page's claim details and the embed's payload,
 * built by domain/overlay and typed by it.
 */
export const publishedApi = {
  getPublishedClaimDetails: { params: ZPublishedClaimParams, output: z.custom<ReaderClaimDetails>() },
  getOverlayBySlug: { output: z.custom<OverlayReview>() },
  getOverlayByUrl: { query: z.object({ url: z.string() }), output: z.custom<OverlayReview>() },
} as const satisfies AreaSchemas;
