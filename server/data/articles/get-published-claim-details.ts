import "server-only";
import { unstable_cache } from "next/cache";
import { buildClaimDetails, type ReaderClaimDetails } from "@/domain/overlay/reader-model";
import { notFound } from "../../errors";
import { getReviewDocument } from "./get-review-document";

/** Tags the cached claim details of one published review; revalidateReviewPages expires it on every change. */
export function readerDetailsTag(slug: string): string {
  return `reader-claim-details:${slug}`;
}

/** The same fallback as the reader page's `revalidate`, for instances that did not see the change. */
const REVALIDATE_SECONDS = 30;

/**
 * Every claim's details of a published review, keyed by claim id: loaded and formatted once
 * (citeproc once per source), then served from Next's data cache. Anonymous: only published
 * reviews, whoever asks (the reader page is public and the same for everyone). A review that
 * is not published throws NOT_FOUND, which is not cached.
 */
function allDetails(slug: string): Promise<Record<string, ReaderClaimDetails>> {
  return unstable_cache(
    async () => Object.fromEntries(buildClaimDetails(await getReviewDocument(null, slug))),
    ["reader-claim-details", slug],
    { tags: [readerDetailsTag(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}

/**
 * One claim's details (rationale, evidence with citations) for the published reader page,
 * cached per claim so an opened claim costs one small cache read, not the whole review.
 */
export function getPublishedClaimDetails(slug: string, claimId: string): Promise<ReaderClaimDetails> {
  return unstable_cache(
    async () => {
      const all = await allDetails(slug);
      if (!Object.hasOwn(all, claimId)) throw notFound("The claim");
      return all[claimId]!;
    },
    ["reader-claim-detail", slug, claimId],
    { tags: [readerDetailsTag(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}
