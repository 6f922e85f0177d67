import "server-only";
import type { TAssignReviewerInput } from "@/domain/schemas/editor-inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor } from "../articles/find-article-for-actor";

/** Editors assign a reviewer (found by email) to an article; assigning twice is a no-op. */
export async function assignReviewer(actor: Actor | null, slug: string, input: TAssignReviewerInput) {
  authorize(can.assignReviewers(actor), actor, "assign reviewers");
  return db.$transaction(async (tx) => {
    const { article } = await findArticleForActor(tx, actor, { slug });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, role: true } });
    if (!user) throw new AppError("INVALID_INPUT", `No account uses ${input.email}.`, { fieldErrors: { email: [`No account uses ${input.email}.`] } });
    if (user.role === "reader") {
      throw new AppError("INVALID_INPUT", `${user.name} is a reader; only reviewers and editors can be assigned.`, {
        fieldErrors: { email: ["Only reviewers and editors can be assigned."] },
      });
    }
    const existing = await tx.assignment.findUnique({ where: { articleId_userId: { articleId: article.id, userId: user.id } } });
    if (existing) return { user, created: false };
    await tx.assignment.create({ data: { articleId: article.id, userId: user.id } });
    await recordAuditEvent(tx, actor, { action: "article.assign", entityType: "Assignment", entityId: `${article.id}:${user.id}`, articleId: article.id, after: { userId: user.id, email: user.email } });
    return { user, created: true };
  });
}
