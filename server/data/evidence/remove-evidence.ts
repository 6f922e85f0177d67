import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { notFound } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

export async function removeEvidence(actor: Actor | null, evidenceId: string) {
  const articleId = await db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw notFound("The evidence item");
    const { claim, facts } = await findClaimForActor(tx, actor, evidence.claimId);
    authorize(can.editReview(actor, facts), actor, "remove evidence from this claim");
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordAuditEvent(tx, actor, { action: "evidence.delete", entityType: "Evidence", entityId: evidenceId, articleId: claim.articleId, before: evidence });
    await bumpReviewPageVersions(tx, claim.articleId);
    return claim.articleId;
  });
  await revalidateReviewPages(articleId);
}
