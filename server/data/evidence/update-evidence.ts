import "server-only";
import type { TUpdateEvidenceInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { notFound } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/** Replaces an evidence item's finding, locator, stance, study design and note; its source stays. */
export async function updateEvidence(actor: Actor | null, evidenceId: string, input: TUpdateEvidenceInput) {
  const result = await db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw notFound("The evidence item");
    const { claim, facts } = await findClaimForActor(tx, actor, evidence.claimId);
    authorize(can.editReview(actor, facts), actor, "edit evidence on this claim");
    const updated = await tx.evidence.update({ where: { id: evidenceId }, data: input, include: { source: true } });
    await recordAuditEvent(tx, actor, { action: "evidence.update", entityType: "Evidence", entityId: evidenceId, articleId: claim.articleId, before: evidence, after: updated });
    return { evidence: updated, articleId: claim.articleId };
  });
  await revalidateReviewPages(result.articleId);
  return result.evidence;
}
