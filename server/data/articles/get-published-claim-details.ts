import "server-only";
import { buildClaimDetails, type ReaderClaimDetails } from "@/domain/overlay/reader-model";
import { db } from "../../db";
import { notFound } from "../../errors";
import { findArticleForActor } from "./find-article-for-actor";
import { toEvidenceRecord, toSourceRecord } from "./get-review-document";
import { listAlsoCheckedIn } from "../claim-links/list-also-checked-in";
import { claimDetailsCache, claimDetailsKey } from "../../reader/claim-details-cache";
import { getReaderPageVersion } from "./get-reader-page-version";

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
 * One claim's details (rationale, evidence with citations) for the published reader page, from
 * this instance's cache under the review's current page version (one indexed query per request;
 * a miss costs a few milliseconds of queries). A change through any instance bumps the version,
 * so the next request gets the new details. Errors (NOT_FOUND) are not cached.
 */
export async function getPublishedClaimDetails(slug: string, claimId: string): Promise<ReaderClaimDetails> {
  const version = await getReaderPageVersion(slug);
  if (version === null) throw notFound("The review");
  const key = claimDetailsKey(slug, claimId, version);
  const cached = claimDetailsCache.get(key);
  if (cached) return cached;
  const details = await loadPublishedClaimDetails(slug, claimId);
  claimDetailsCache.set(key, details);
  return details;
}
