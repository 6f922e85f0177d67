import "server-only";
import type { TResizeClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { latestRevision } from "../articles/find-article-for-actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { claimSpan, conflict } from "./claim-span";
import { findClaimForActor } from "./find-claim-for-actor";

/** Moves a claim's boundaries (snapped to whole words) on the article's current text; refused with a conflict when the version is stale. */
export async function resizeClaim(actor: Actor | null, claimId: string, input: TResizeClaimInput) {
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "adjust this claim");
    const revision = await latestRevision(tx, claim.articleId);
    const span = claimSpan(revision.text, input.start, input.end);
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: { ...span, revisionId: revision.id, anchorMethod: null, anchorScore: null, orphaned: false, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(claim);
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordAuditEvent(tx, actor, { action: "claim.resize", entityType: "Claim", entityId: claim.id, articleId: claim.articleId, before: claim, after: updated });
    return updated;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
