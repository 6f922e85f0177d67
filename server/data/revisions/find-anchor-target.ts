import "server-only";
import type { Tx } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError, notFound } from "../../errors";
import { latestRevision } from "../articles/find-article-for-actor";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/** A claim whose anchor a reviewer is about to change, checked for permission, and its article's current revision. */
export async function findAnchorTarget(tx: Tx, actor: Actor | null, claimId: string, version: number, what: string, slug?: string) {
  const { claim, article, facts } = await findClaimForActor(tx, actor, claimId);
  if (slug !== undefined && article.slug !== slug) throw notFound("The claim");
  authorize(can.editReview(actor, facts), actor, what);
  if (claim.version !== version) {
    throw new AppError("CONFLICT", "This claim changed since you loaded the page. Reload to see its current place, then try again.", { current: claim });
  }
  const revision = await latestRevision(tx, claim.articleId);
  return { claim, revision };
}

/** Saves the change only if nobody saved the claim in between (the version read above). */
export async function updateClaimAtVersion(tx: Tx, claimId: string, version: number, data: Parameters<Tx["claim"]["updateMany"]>[0]["data"]) {
  const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", "This claim changed since you loaded the page. Reload to see its current place, then try again.");
  return tx.claim.findUniqueOrThrow({ where: { id: claimId } });
}
