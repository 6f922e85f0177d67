import "server-only";
import type { TMergeClaimsInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { latestRevision } from "../articles/find-article-for-actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { moveClaimLinks } from "../claim-links/carry-claim-links";
import { writeClaimAtVersion } from "./change-claim";
import { claimConflict } from "./claim-conflict";
import { claimSpan } from "./claim-span";
import { findClaimForActor } from "./find-claim-for-actor";

/**
 * Merges claims of one article into the first one listed: its span grows to cover them all,
 * the others' evidence moves to it, their ratings move where the reviewer has none on it yet
 * (the rest are dropped), restatements are joined, and the others are deleted. The audit
 * record keeps every merged claim as it was.
 */
export async function mergeClaims(actor: Actor | null, input: TMergeClaimsInput) {
  const result = await db.$transaction(async (tx) => {
    const loaded = [];
    for (const { id } of input.claims) loaded.push(await findClaimForActor(tx, actor, id));
    const [target, ...others] = loaded.map((l) => l.claim);
    if (!target) throw new AppError("INVALID_INPUT", "Choose at least two claims to merge.");
    for (const { facts } of loaded) authorize(can.editReview(actor, facts), actor, "merge these claims");
    if (others.some((c) => c.articleId !== target.articleId)) throw new AppError("INVALID_INPUT", "Only claims of the same article can be merged.");
    for (const [index, sent] of input.claims.entries()) {
      const current = loaded[index]!.claim;
      if (current.version !== sent.version) throw claimConflict(current);
    }
    const all = [target, ...others];
    const revision = await latestRevision(tx, target.articleId);
    const span = claimSpan(revision.text, Math.min(...all.map((c) => c.start)), Math.max(...all.map((c) => c.end)));
    const restatement = all
      .map((c) => c.restatement.trim())
      .filter(Boolean)
      .join(" ")
      .slice(0, 1000);
    const reviewersOnTarget = new Set((await tx.rating.findMany({ where: { claimId: target.id }, select: { reviewerId: true } })).map((r) => r.reviewerId));
    let position = await tx.evidence.count({ where: { claimId: target.id } });
    const before = [];
    for (const other of others) {
      const evidence = await tx.evidence.findMany({ where: { claimId: other.id }, orderBy: { position: "asc" } });
      const ratings = await tx.rating.findMany({ where: { claimId: other.id } });
      before.push({ claim: other, evidence, ratings });
      for (const item of evidence) await tx.evidence.update({ where: { id: item.id }, data: { claimId: target.id, position: position++ } });
      for (const rating of ratings) {
        if (reviewersOnTarget.has(rating.reviewerId)) continue;
        reviewersOnTarget.add(rating.reviewerId);
        await tx.rating.update({ where: { id: rating.id }, data: { claimId: target.id } });
      }
      await moveClaimLinks(tx, other.id, target.id);
      await tx.claim.delete({ where: { id: other.id } });
    }
    const merged = await writeClaimAtVersion(tx, target, target.version, { ...span, restatement, revisionId: revision.id, anchorMethod: null, anchorScore: null, orphaned: false });
    await recordAuditEvent(tx, actor, { action: "claim.merge", entityType: "Claim", entityId: target.id, articleId: target.articleId, before: { target, merged: before }, after: merged });
    await bumpReviewPageVersions(tx, target.articleId);
    return merged;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
