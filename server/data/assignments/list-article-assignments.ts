import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findArticleForActor } from "../articles/find-article-for-actor";

/** Who is assigned to an article, and who could be (reviewers and editors not yet assigned), for editors. */
export async function listArticleAssignments(actor: Actor | null, slug: string) {
  authorize(can.assignReviewers(actor), actor, "see and change assignments");
  const { article } = await findArticleForActor(db, actor, { slug });
  const assignments = await db.assignment.findMany({
    where: { articleId: article.id },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  const assignedIds = new Set(assignments.map((a) => a.user.id));
  const candidates = await db.user.findMany({
    where: { role: { in: ["reviewer", "editor", "admin"] } },
    orderBy: { name: "asc" },
    select: { id: true, email: true, name: true, role: true },
  });
  return {
    assigned: assignments.map((a) => ({ ...a.user, assignedAt: a.createdAt.toISOString() })),
    available: candidates.filter((user) => !assignedIds.has(user.id)),
  };
}
