import "server-only";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { canMoveStatus } from "@/domain/ratings/article-workflow";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "./revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor } from "./find-article-for-actor";

/** Moves an article along the workflow (domain/ratings/article-workflow.ts); every move is an audit event with who and when. */
export async function changeArticleStatus(actor: Actor | null, slug: string, status: ArticleStatus) {
  authorize(can.changeStatus(actor), actor, "change an article's status");
  const result = await db.$transaction(async (tx) => {
    const { article } = await findArticleForActor(tx, actor, { slug });
    const from = article.status as ArticleStatus;
    if (from === status) return article;
    if (!canMoveStatus(from, status)) {
      throw new AppError("INVALID_INPUT", `An article that is ${from.replace("_", " ")} cannot move to ${status.replace("_", " ")}.`);
    }
    const updated = await tx.article.update({ where: { id: article.id }, data: { status } });
    await recordAuditEvent(tx, actor, { action: "article.status", entityType: "Article", entityId: article.id, articleId: article.id, before: { status: from }, after: { status } });
    return updated;
  });
  await revalidateReviewPages(result.id);
  return result;
}
