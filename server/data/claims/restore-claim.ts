import "server-only";
import { ZDeletedClaimRecord } from "@/domain/schemas/audit-records";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError, notFound } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { findArticleForActor } from "../articles/find-article-for-actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { restoreClaimLinks } from "../claim-links/carry-claim-links";

/** Undoes a deletion: recreates the claim with its id, evidence, ratings and links from the claim.delete audit record. */
export async function restoreClaim(actor: Actor | null, claimId: string) {
  const result = await db.$transaction(async (tx) => {
    const event = await tx.auditEvent.findFirst({ where: { action: "claim.delete", entityType: "Claim", entityId: claimId }, orderBy: { createdAt: "desc" } });
    if (!event?.articleId || !event.beforeJson) throw notFound("The deleted claim");
    const { facts } = await findArticleForActor(tx, actor, { id: event.articleId });
    authorize(can.editReview(actor, facts), actor, "restore this claim");
    if (await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } })) {
      throw new AppError("CONFLICT", "This claim is already back: it was restored before.", { current: null });
    }
    const deleted = ZDeletedClaimRecord.parse(JSON.parse(event.beforeJson));
    const c = deleted.claim;
    const revisionExists = await tx.articleRevision.findUnique({ where: { id: c.revisionId }, select: { id: true } });
    if (!revisionExists) throw notFound("The article revision of the deleted claim");
    const claim = await tx.claim.create({
      data: {
        id: c.id,
        articleId: c.articleId,
        revisionId: c.revisionId,
        start: c.start,
        end: c.end,
        exact: c.exact,
        prefix: c.prefix,
        suffix: c.suffix,
        anchorMethod: c.anchorMethod,
        anchorScore: c.anchorScore,
        orphaned: c.orphaned,
        restatement: c.restatement,
        tagsJson: c.tagsJson,
        verdict: c.verdict,
        rationale: c.rationale,
        checkable: c.checkable,
        version: c.version + 1,
        createdById: c.createdById,
        createdAt: c.createdAt,
      },
    });
    for (const e of deleted.evidence) {
      const sourceExists = await tx.source.findUnique({ where: { id: e.sourceId }, select: { id: true } });
      if (!sourceExists) continue;
      await tx.evidence.create({ data: { ...e, claimId: claim.id } });
    }
    for (const r of deleted.ratings) {
      const reviewerExists = await tx.user.findUnique({ where: { id: r.reviewerId }, select: { id: true } });
      if (!reviewerExists) continue;
      await tx.rating.create({ data: { ...r, claimId: claim.id } });
    }
    await restoreClaimLinks(tx, deleted.links);
    await recordAuditEvent(tx, actor, { action: "claim.restore", entityType: "Claim", entityId: claim.id, articleId: claim.articleId, after: claim });
    await bumpReviewPageVersions(tx, claim.articleId);
    return claim;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
