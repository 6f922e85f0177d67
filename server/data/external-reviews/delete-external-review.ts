import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { notFound } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { expirePublicClaimSearches } from "./expire-public-claim-searches";

/**
 * Deletes one imported review of another fact-checker (editors and admins): it leaves the
 * claims' full-text index by the table's trigger, so it stops appearing in "Checked before"
 * and on /claims. The audit record keeps the whole row; importing its feed again brings it back.
 */
export async function deleteExternalReview(actor: Actor | null, reviewId: string): Promise<void> {
  authorize(can.importExternalReviews(actor), actor, "delete other fact-checkers' reviews");
  await db.$transaction(async (tx) => {
    const review = await tx.externalReview.findUnique({ where: { id: reviewId } });
    if (!review) throw notFound("This imported review");
    await tx.externalReview.delete({ where: { id: reviewId } });
    await recordAuditEvent(tx, actor, { action: "external_review.delete", entityType: "ExternalReview", entityId: reviewId, before: review });
  });
  expirePublicClaimSearches();
}
