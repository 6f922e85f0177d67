import "server-only";
import { db } from "../../db";

/**
 * The slugs of the other articles whose claims are linked to this article's claims: their
 * readers' "Also checked in" shows this article's title, verdicts and status, so a change
 * here expires their cached claim details too.
 */
export async function linkedArticleSlugs(articleId: string): Promise<string[]> {
  const inArticle = { articleId };
  const links = await db.claimLink.findMany({
    where: { OR: [{ firstClaim: inArticle }, { secondClaim: inArticle }] },
    select: { firstClaim: { select: { article: { select: { id: true, slug: true } } } }, secondClaim: { select: { article: { select: { id: true, slug: true } } } } },
  });
  const slugs = new Set<string>();
  for (const link of links) for (const { article } of [link.firstClaim, link.secondClaim]) if (article.id !== articleId) slugs.add(article.slug);
  return [...slugs];
}
