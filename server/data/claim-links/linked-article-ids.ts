import "server-only";
import { db, type Db, type Tx } from "../../db";

/**
 * The ids of the other articles whose claims are linked to this article's claims: their
 * readers' "Also checked in" shows this article's title, verdicts and status, so a change
 * here is a change to their reader pages too.
 */
export async function linkedArticleIds(articleId: string, client: Db | Tx = db): Promise<string[]> {
  const inArticle = { articleId };
  const links = await client.claimLink.findMany({
    where: { OR: [{ firstClaim: inArticle }, { secondClaim: inArticle }] },
    select: { firstClaim: { select: { articleId: true } }, secondClaim: { select: { articleId: true } } },
  });
  const ids = new Set<string>();
  for (const link of links) for (const claim of [link.firstClaim, link.secondClaim]) if (claim.articleId !== articleId) ids.add(claim.articleId);
  return [...ids];
}
