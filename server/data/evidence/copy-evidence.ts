import "server-only";
import type { TCopyEvidenceInput } from "@/domain/schemas/checked-before";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/**
 * Copies another claim's evidence items onto this one ("Checked before": reuse what an earlier
 * review found). The sources are shared, never duplicated; an item whose source and finding the
 * claim already has is skipped, so copying twice adds nothing. The other claim must be one the
 * actor may read (published, or a review they work on).
 */
export async function copyEvidence(actor: Actor | null, claimId: string, input: TCopyEvidenceInput) {
  if (input.fromClaimId === claimId) throw new AppError("INVALID_INPUT", "A claim cannot copy its own evidence.", { fieldErrors: { fromClaimId: ["Choose another claim."] } });
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "add evidence to this claim");
    const { claim: from } = await findClaimForActor(tx, actor, input.fromClaimId);
    const items = await tx.evidence.findMany({ where: { claimId: from.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const existing = await tx.evidence.findMany({ where: { claimId }, select: { sourceId: true, finding: true } });
    const held = new Set(existing.map((item) => `${item.sourceId}\u0000${item.finding}`));
    let position = existing.length;
    const created = [];
    for (const item of items) {
      if (held.has(`${item.sourceId}\u0000${item.finding}`)) continue;
      const copy = await tx.evidence.create({
        data: { claimId, sourceId: item.sourceId, position: position++, finding: item.finding, locator: item.locator, stance: item.stance, studyDesign: item.studyDesign, note: item.note },
      });
      created.push(copy);
    }
    await recordAuditEvent(tx, actor, {
      action: "evidence.copy",
      entityType: "Claim",
      entityId: claimId,
      articleId: claim.articleId,
      after: { fromClaimId: from.id, evidenceIds: created.map((item) => item.id) },
    });
    await bumpReviewPageVersions(tx, claim.articleId);
    return { created, articleId: claim.articleId };
  });
  await revalidateReviewPages(result.articleId);
  return result.created;
}
