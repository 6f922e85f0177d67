import "server-only";
import type { TAddEvidenceInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { notFound } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";
import { findOrCreateSource } from "./find-or-create-source";

export async function addEvidence(actor: Actor | null, claimId: string, input: TAddEvidenceInput) {
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "add evidence to this claim");
    const source = input.sourceId
      ? await tx.source.findUnique({ where: { id: input.sourceId } })
      : await findOrCreateSource(tx, input.source!);
    if (!source) throw notFound("The source");
    const position = await tx.evidence.count({ where: { claimId } });
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        sourceId: source.id,
        position,
        finding: input.finding,
        locator: input.locator,
        stance: input.stance,
        studyDesign: input.studyDesign,
        note: input.note,
      },
      include: { source: true },
    });
    await recordAuditEvent(tx, actor, { action: "evidence.create", entityType: "Evidence", entityId: evidence.id, articleId: claim.articleId, after: evidence });
    await bumpReviewPageVersions(tx, claim.articleId);
    return { evidence, articleId: claim.articleId };
  });
  await revalidateReviewPages(result.articleId);
  return result.evidence;
}
