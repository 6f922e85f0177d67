import "server-only";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { canMoveStatus, reviewerMayMove } from "@/domain/ratings/article-workflow";
import { publishProblems } from "@/domain/ratings/publish-readiness";
import { db, type Tx } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { bumpReviewPageVersions } from "./bump-page-version";
import { revalidateReviewPages } from "./revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor } from "./find-article-for-actor";

/**
 * Moves an article along the workflow (domain/ratings/article-workflow.ts). Reviewers hand a
 * draft over ("ready for review"); editors move it anywhere the workflow allows, sending it back
 * with a note or publishing it. Publishing a review with gaps (domain/ratings/publish-readiness.ts)
 * is refused (409, naming them) unless the editor acknowledged them: `acknowledgeMissing` true, or
 * the list of problems they were shown (anything missing beyond it is refused again). Every move is
 * an audit event with who, when, the note and, for a publication, what was still missing.
 */
export async function changeArticleStatus(actor: Actor | null, slug: string, status: ArticleStatus, options: { note?: string | null; acknowledgeMissing?: true | readonly string[] } = {}) {
  // Reviewers may only hand a draft over: say no to anything else before looking the article up.
  if (status !== "in_review") authorize(can.changeStatus(actor), actor, "change an article's status");
  const result = await db.$transaction(async (tx) => {
    const { article, facts } = await findArticleForActor(tx, actor, { slug });
    const from = article.status as ArticleStatus;
    const byReviewer = !can.changeStatus(actor);
    authorize(can.changeStatus(actor) || (reviewerMayMove(from, status) && can.editReview(actor, facts)), actor, "change an article's status");
    if (from === status) return article;
    if (!canMoveStatus(from, status)) {
      throw new AppError("INVALID_INPUT", `An article that is ${from.replace("_", " ")} cannot move to ${status.replace("_", " ")}.`);
    }
    const missing = status === "published" ? await missingForPublication(tx, article.id, article.summary) : [];
    const acknowledged = options.acknowledgeMissing;
    const unacknowledged = acknowledged === true ? [] : missing.filter((problem) => !(acknowledged ?? []).includes(problem));
    if (unacknowledged.length > 0) {
      throw new AppError(
        "CONFLICT",
        `Publishing needs a confirmation: ${unacknowledged.join(" ")} Publish anyway by sending acknowledgeMissing (true, or the list of these problems).`,
        { missing, unacknowledged },
      );
    }
    const updated = await tx.article.update({ where: { id: article.id }, data: { status } });
    const handoff = status === "published" ? "published" : from === "in_review" && status === "draft" ? "sent_back" : from === "draft" && status === "in_review" ? "ready_for_review" : "moved";
    await recordAuditEvent(tx, actor, {
      action: "article.status",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      before: { status: from },
      after: { status, handoff, byReviewer, ...(options.note ? { note: options.note } : {}), ...(missing.length ? { missing } : {}) },
    });
    await bumpReviewPageVersions(tx, article.id);
    return updated;
  });
  await revalidateReviewPages(result.id);
  return result;
}

async function missingForPublication(tx: Tx, articleId: string, summary: string): Promise<string[]> {
  const claims = await tx.claim.findMany({ where: { articleId }, select: { verdict: true, checkable: true, _count: { select: { evidence: true } } } });
  const raters = await tx.rating.findMany({ where: { claim: { articleId } }, select: { reviewerId: true }, distinct: ["reviewerId"] });
  const assigned = await tx.assignment.count({ where: { articleId } });
  return publishProblems({
    claims: claims.map((c) => ({ verdict: c.verdict, checkable: c.checkable, evidenceCount: c._count.evidence })),
    summary,
    reviewerCount: Math.max(assigned, raters.length),
  });
}
