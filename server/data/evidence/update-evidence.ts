import "server-only";
import type { TUpdateEvidenceInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError, notFound } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

export const EVIDENCE_CONFLICT_MESSAGE = "Someone else saved this evidence item while you were editing it. Nothing was overwritten: compare both versions and choose.";

/**
 * Replaces an evidence item's finding, locator, stance, study design and note; its source stays.
 * The write happens only if the stored item still equals `base` (the item as the user saw it), in
 * one conditional update, so two editors never overwrite each other unseen (409 with the stored
 * item as `details.current`).
 */
export async function updateEvidence(actor: Actor | null, evidenceId: string, input: TUpdateEvidenceInput) {
  const { base, ...fields } = input;
  const result = await db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw notFound("The evidence item");
    const { claim, facts } = await findClaimForActor(tx, actor, evidence.claimId);
    authorize(can.editReview(actor, facts), actor, "edit evidence on this claim");
    const { count } = await tx.evidence.updateMany({
      where: { id: evidenceId, finding: base.finding, locator: base.locator ?? null, stance: base.stance, studyDesign: base.studyDesign, note: base.note ?? null },
      data: fields,
    });
    if (count === 0) {
      const current = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
      throw new AppError("CONFLICT", EVIDENCE_CONFLICT_MESSAGE, { current: { id: current.id, finding: current.finding, locator: current.locator, stance: current.stance, studyDesign: current.studyDesign, note: current.note } });
    }
    const updated = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId }, include: { source: true } });
    await recordAuditEvent(tx, actor, { action: "evidence.update", entityType: "Evidence", entityId: evidenceId, articleId: claim.articleId, before: evidence, after: updated });
    await bumpReviewPageVersions(tx, claim.articleId);
    return { evidence: updated, articleId: claim.articleId };
  });
  await revalidateReviewPages(result.articleId);
  return result.evidence;
}
