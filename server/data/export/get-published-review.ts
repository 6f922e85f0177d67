import "server-only";
import type { TReviewDocument } from "@/domain/schemas/review";
import { getReviewDocument } from "../articles/get-review-document";

/**
 * The review as the public sees it: only published articles, whoever asks. The annotation
 * container is public and cacheable, so it never depends on the caller's session.
 */
export async function getPublishedReview(slug: string): Promise<TReviewDocument> {
  return getReviewDocument(null, slug);
}
