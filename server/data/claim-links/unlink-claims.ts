import "server-only";
import { claimPair } from "@/domain/claim-links/claim-pair";
import type { TUnlinkClaimResponse } from "@/domain/schemas/claim-links";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/**
 * Undoes "same claim as": removes the link between this claim and another, from either end
 * (links are symmetric). Removing a link that is not there changes nothing and says so
 * (removed: false), so a repeated undo is harmless. The audit record keeps what was removed.
 */
export async function unlinkClaims(actor: Actor | null, claimId: string, otherClaimId: string): Promise<TUnlinkClaimResponse> {
  if (otherClaimId === claimId) throw new AppError("INVALID_INPUT", "A claim is never linked to itself.");
  const pair = claimPair(claimId, otherClaimId);
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "unlink this claim");
    const link = await tx.claimLink.findUnique({ where: { firstClaimId_secondClaimId: pair }, include: { firstClaim: { select: { articleId: true } }, secondClaim: { select: { articleId: true } } } });
    if (!link) return { removed: false, articleIds: [] as string[] };
    const { count } = await tx.claimLink.deleteMany({ where: { id: link.id } });
    if (count === 0) return { removed: false, articleIds: [] as string[] };
    await recordAuditEvent(tx, actor, {
      action: "claim.unlink",
      entityType: "ClaimLink",
      entityId: link.id,
      articleId: claim.articleId,
      before: { id: link.id, firstClaimId: link.firstClaimId, secondClaimId: link.secondClaimId, createdById: link.createdById, createdAt: link.createdAt },
    });
    const articleIds = [...new Set([link.firstClaim.articleId, link.secondClaim.articleId])];
    await bumpReviewPageVersions(tx, ...articleIds);
    return { removed: true, articleIds };
  });
  for (const articleId of result.articleIds) await revalidateReviewPages(articleId);
  return { removed: result.removed };
}
