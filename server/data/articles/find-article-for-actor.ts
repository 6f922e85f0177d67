import "server-only";
import type { Db, Tx } from "../../db";
import { can, type Actor, type ArticleAccessFacts } from "../../authz";
import { notFound } from "../../errors";

/**
 * Loads an article with the facts its permissions depend on. An article the actor may not
 * read is reported as not found, so drafts do not reveal that they exist.
 */
export async function findArticleForActor(client: Db | Tx, actor: Actor | null, where: { slug: string } | { id: string }) {
  const article = await client.article.findUnique({
    where,
    include: { assignments: { select: { userId: true } } },
  });
  if (!article) throw notFound("The article");
  const facts: ArticleAccessFacts = {
    status: article.status,
    createdById: article.createdById,
    assignedUserIds: article.assignments.map((a) => a.userId),
  };
  if (!can.readArticle(actor, facts)) throw notFound("The article");
  return { article, facts };
}

export async function latestRevision(client: Db | Tx, articleId: string) {
  const revision = await client.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
  if (!revision) throw notFound("The article's text");
  return revision;
}
