import "server-only";
import type { TUpdateClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findClaimForActor } from "./find-claim-for-actor";

/**
 * Saves a claim's restatement, verdict, rationale, tags or checkable flag. The caller sends the
 * version it edited; if someone saved in between, nothing is written and the conflict carries
 * the current claim so the user sees both versions.
 */
export async function updateClaim(actor: Actor | null, claimId: string, input: TUpdateClaimInput) {
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "edit this claim");
    const { version, tags, ...fields } = input;
    const data = {
      ...fields,
      ...(tags ? { tagsJson: JSON.stringify(tags) } : {}),
      ...(fields.checkable === false ? { verdict: "not_checkable" } : {}),
      version: { increment: 1 },
    };
    const { count } = await tx.claim.updateMany({ where: { id: claim.id, version }, data });
    if (count === 0) {
      throw new AppError("CONFLICT", "Someone else saved this claim while you were editing it. Review their version, then save yours again.", {
        current: claim,
      });
    }
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordAuditEvent(tx, actor, { action: "claim.update", entityType: "Claim", entityId: claim.id, articleId: claim.articleId, before: claim, after: updated });
    return updated;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
