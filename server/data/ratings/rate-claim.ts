import "server-only";
import type { TRateClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/**
 * Records the actor's own rating of a claim. The claim's published verdict is the consensus:
 * an editor's rating sets it; a reviewer's rating sets it while all ratings agree, and
 * leaves it for an editor to resolve when they do not.
 */
export async function rateClaim(actor: Actor | null, claimId: string, input: TRateClaimInput) {
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    const reviewerId = authorize(can.rateClaims(actor, facts), actor, "rate this claim").id;
    const before = await tx.rating.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId } } });
    const rating = await tx.rating.upsert({
      where: { claimId_reviewerId: { claimId, reviewerId } },
      create: { claimId, reviewerId, ...input },
      update: input,
    });
    const verdicts = new Set((await tx.rating.findMany({ where: { claimId }, select: { verdict: true } })).map((r) => r.verdict));
    const setsConsensus = can.setConsensusVerdict(actor) || verdicts.size === 1;
    const updatedClaim = setsConsensus
      ? await tx.claim.update({
          where: { id: claimId },
          data: { verdict: input.verdict, rationale: input.rationale || claim.rationale, checkable: input.verdict !== "not_checkable", version: { increment: 1 } },
        })
      : claim;
    await recordAuditEvent(tx, actor, { action: "rating.save", entityType: "Rating", entityId: rating.id, articleId: claim.articleId, before, after: rating });
    return { rating, claim: updatedClaim, consensusChanged: setsConsensus };
  });
  await revalidateReviewPages(result.claim.articleId);
  return result;
}
