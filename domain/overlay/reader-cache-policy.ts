/**
 * How long an instance may serve a published claim's details (GET /api/articles/<slug>/published-claims/<id>)
 * from its own Next data cache after another instance changed the claim. The instance that made the change
 * expires them at once (revalidateReviewPages); the reader page itself is never stale, since every request
 * checks the review's version.
 */
export const CLAIM_DETAILS_REVALIDATE_SECONDS = 30;
