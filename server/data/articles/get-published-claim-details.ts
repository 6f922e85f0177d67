import "server-only";
import { unstable_cache } from "next/cache";
import { CLAIM_DETAILS_REVALIDATE_SECONDS } from "@/domain/overlay/reader-cache-policy";
import { buildClaimDetails, type ReaderClaimDetails } from "@/domain/overlay/reader-model";
import { db } from "../../db";
import { notFound } from "../../errors";
import { findArticleForActor } from "./find-article-for-actor";
import { toEvidenceRecord, toSourceRecord } from "./get-review-document";
import { listAlsoCheckedIn } from "../claim-links/list-also-checked-in";

/** Tags the cached claim details of one published review; revalidateReviewPages expires it on every change. */
export function readerDetailsTag(slug: string): string {
  return `reader-claim-details:${slug}`;
}


/**
 * One claim of a published review with its evidence and sources: three small queries, and
 * citeproc for that claim's sources only. Anonymous on purpose: only published reviews, for
 * whoever asks (the reader page is public and the same for everyone); a draft, or a claim of
 * another article, is NOT_FOUND.
 */
async function loadPublishedClaimDetails(slug: string, claimId: string): Promise<ReaderClaimDetails> {
  const { article } = await findArticleForActor(db, null, { slug });
  const claim = await db.claim.findFirst({ where: { id: claimId, articleId: article.id }, select: { id: true, rationale: true } });
  if (!claim) throw notFound("The claim");
  const evidence = await db.evidence.findMany({ where: { claimId: claim.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { source: true } });
  const sources = new Map(evidence.map((item) => [item.sourceId, toSourceRecord(item.source)]));
  const details = buildClaimDetails(
    {
      id: claim.id,
      rationale: claim.rationale,
      evidence: evidence.map(toEvidenceRecord),
    },
    sources,
  );
  return { ...details, alsoCheckedIn: await listAlsoCheckedIn(claim.id) };
}

/**
 * One claim's details (rationale, evidence with citations) for the published reader page,
 * from Next's data cache (per claim; a miss costs a few milliseconds of queries). Errors
 * (NOT_FOUND) are not cached, so a review published later is found at once.
 */
export function getPublishedClaimDetails(slug: string, claimId: string): Promise<ReaderClaimDetails> {
  return unstable_cache(() => loadPublishedClaimDetails(slug, claimId), ["reader-claim-detail", slug, claimId], {
    tags: [readerDetailsTag(slug)],
    revalidate: CLAIM_DETAILS_REVALIDATE_SECONDS,
  })();
}
