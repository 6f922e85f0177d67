import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { notFound } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor } from "../articles/find-article-for-actor";

/** Editors take a reviewer off an article; their ratings stay. */
export async function unassignReviewer(actor: Actor | null, slug: string, userId: string) {
  authorize(can.assignReviewers(actor), actor, "assign reviewers");
  await db.$transaction(async (tx) => {
    const { article } = await findArticleForActor(tx, actor, { slug });
    const existing = await tx.assignment.findUnique({ where: { articleId_userId: { articleId: article.id, userId } }, include: { user: { select: { email: true } } } });
    if (!existing) throw notFound("The assignment");
    await tx.assignment.delete({ where: { articleId_userId: { articleId: article.id, userId } } });
    await recordAuditEvent(tx, actor, { action: "article.unassign", entityType: "Assignment", entityId: `${article.id}:${userId}`, articleId: article.id, before: { userId, email: existing.user.email } });
  });
}
