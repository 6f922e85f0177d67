import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";

/** The articles an actor works on: all for editors, created or assigned ones for reviewers. */
export async function listWorkspaceArticles(actor: Actor | null) {
  const user = authorize(can.useWorkspace(actor), actor, "open the reviewer workspace");
  const scope = can.setConsensusVerdict(actor) ? {} : { OR: [{ createdById: user.id }, { assignments: { some: { userId: user.id } } }] };
  const articles = await db.article.findMany({
    where: scope,
    orderBy: { updatedAt: "desc" },
    select: { slug: true, title: true, status: true, updatedAt: true, claims: { select: { verdict: true, checkable: true } } },
  });
  return articles.map(({ claims, ...article }) => ({
    ...article,
    claimCount: claims.length,
    ratedCount: claims.filter((c) => c.verdict !== null).length,
  }));
}
