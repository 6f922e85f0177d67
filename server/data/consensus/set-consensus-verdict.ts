import "server-only";
import type { TSetConsensusInput } from "@/domain/schemas/editor-inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "../claims/find-claim-for-actor";

/**
 * The editor resolves a claim's published verdict. Saved only against the version the editor
 * saw: if the claim changed meanwhile, nothing is written and the conflict carries the claim.
 */
export async function setConsensusVerdict(actor: Actor | null, claimId: string, input: TSetConsensusInput) {
  authorize(can.setConsensusVerdict(actor), actor, "set a claim's consensus verdict");
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "change a claim of an archived article");
    const data = {
      verdict: input.verdict,
      ...(input.verdict === null ? {} : { checkable: input.verdict !== "not_checkable" }),
      version: { increment: 1 },
    };
    const { count } = await tx.claim.updateMany({ where: { id: claim.id, version: input.version }, data });
    if (count === 0) {
      throw new AppError("CONFLICT", "This claim changed since you loaded it. Reload to see the current verdict, then decide again.", {
        current: { id: claim.id, verdict: claim.verdict, version: claim.version },
      });
    }
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordAuditEvent(tx, actor, {
      action: "claim.consensus",
      entityType: "Claim",
      entityId: claim.id,
      articleId: claim.articleId,
      before: { verdict: claim.verdict, version: claim.version },
      after: { verdict: updated.verdict, version: updated.version },
    });
    return updated;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
