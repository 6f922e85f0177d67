import "server-only";
import { db } from "../../db";

export async function listPublishedArticles() {
  const articles = await db.article.findMany({
    where: { status: "published" },
    orderBy: { updatedAt: "desc" },
    select: { slug: true, title: true, author: true, summary: true, updatedAt: true, claims: { select: { verdict: true } } },
  });
  return articles.map(({ claims, ...article }) => ({ ...article, verdicts: claims.map((c) => c.verdict) }));
}
