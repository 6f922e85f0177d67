import "server-only";
import { claimPair } from "@/domain/claim-links/claim-pair";
import type { TLinkClaimInput, TLinkClaimResponse } from "@/domain/schemas/claim-links";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../../unique-violation";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";
import { LINK_WITH_CLAIMS, linkedClaimFor } from "./linked-claims";

/**
 * "Same claim as": links this claim to another the actor may read (published, or a review they
 * work on). Idempotent: linking a pair that is already linked (either way round, or by two
 * requests at once) answers the existing link with created: false. Neither claim is changed,
 * so no one's edit of either claim conflicts with it. Both reviews' reader pages are
 * refreshed (their claim dialogs list "Also checked in").
 */
export async function linkClaims(actor: Actor | null, claimId: string, input: TLinkClaimInput): Promise<TLinkClaimResponse> {
  if (input.toClaimId === claimId) throw new AppError("INVALID_INPUT", "A claim cannot be linked to itself.", { fieldErrors: { toClaimId: ["Choose another claim."] } });
  const pair = claimPair(claimId, input.toClaimId);
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      const { claim, facts } = await findClaimForActor(tx, actor, claimId);
      authorize(can.editReview(actor, facts), actor, "link this claim");
      const { claim: other } = await findClaimForActor(tx, actor, input.toClaimId);
      const existing = await tx.claimLink.findUnique({ where: { firstClaimId_secondClaimId: pair }, include: LINK_WITH_CLAIMS });
      if (existing) return { link: existing, created: false, articleIds: [] as string[] };
      const link = await tx.claimLink.create({ data: { ...pair, createdById: actor!.id }, include: LINK_WITH_CLAIMS });
      await recordAuditEvent(tx, actor, {
        action: "claim.link",
        entityType: "ClaimLink",
        entityId: link.id,
        articleId: claim.articleId,
        after: { id: link.id, claimId, linkedClaimId: other.id, linkedArticleId: other.articleId },
      });
      const articleIds = [...new Set([claim.articleId, other.articleId])];
      await bumpReviewPageVersions(tx, ...articleIds);
      return { link, created: true, articleIds };
    });
  } catch (error) {
    // Two requests raced and the other one made the link: answer it.
    if (!isUniqueViolation(error)) throw error;
    const link = await db.claimLink.findUnique({ where: { firstClaimId_secondClaimId: pair }, include: LINK_WITH_CLAIMS });
    if (!link) throw error;
    result = { link, created: false, articleIds: [] as string[] };
  }
  for (const articleId of result.articleIds) await revalidateReviewPages(articleId);
  const linked = linkedClaimFor(actor, result.link, claimId);
  if (!linked) throw new AppError("NOT_FOUND", "The linked claim was not found.");
  return { link: linked, created: result.created };
}
