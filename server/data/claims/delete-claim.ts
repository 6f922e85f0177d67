import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { storedLinksOf } from "../claim-links/carry-claim-links";
import { findClaimForActor } from "./find-claim-for-actor";

export async function deleteClaim(actor: Actor | null, claimId: string) {
  const articleId = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    authorize(can.editReview(actor, facts), actor, "delete this claim");
    const evidence = await tx.evidence.findMany({ where: { claimId } });
    const ratings = await tx.rating.findMany({ where: { claimId } });
    const links = await storedLinksOf(tx, claimId);
    await tx.claim.delete({ where: { id: claimId } });
    // The audit record keeps everything needed to restore the claim (undo).
    await recordAuditEvent(tx, actor, { action: "claim.delete", entityType: "Claim", entityId: claimId, articleId: claim.articleId, before: { claim, evidence, ratings, links } });
    await bumpReviewPageVersions(tx, claim.articleId);
    return claim.articleId;
  });
  await revalidateReviewPages(articleId);
}
