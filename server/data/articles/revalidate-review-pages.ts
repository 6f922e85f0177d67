import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "../../db";
import { bumpPageVersion } from "./bump-page-version";
import { CLAIM_SEARCH_CACHE_TAG } from "../claim-search/get-published-similar-claims";
import { linkedArticleSlugs } from "../claim-links/linked-article-slugs";
import { readerDetailsTag } from "./get-published-claim-details";

/**
 * Every change to a review calls this once it is committed. It bumps the article's
 * `pageVersion` (bump-page-version.ts; nothing else: the article's updatedAt is left as its last
 * edit set it), the key the public reader page is cached under in every instance
 * (server/reader/reader-page-cache.ts: each request reads the version with one indexed query,
 * so no instance serves a page older than the last change), unless the write bumped it inside
 * its own transaction already (`versionBumped`: claim changes, change-claim.ts). Then it marks
 * the home page stale and expires the claim details the reader page fetches
 * (GET /api/articles/<slug>/published-claims/<id>) and the public claim searches
 * (GET /api/claims/similar). Outside a Next request (scripts, data-layer tests) there is no
 * Next cache to mark.
 */
export async function revalidateReviewPages(articleId: string, options: { versionBumped?: boolean } = {}): Promise<void> {
  if (!options.versionBumped) await bumpPageVersion(db, articleId);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  if (!article) return;
  // Linked reviews show this one under "Also checked in" (its title, verdicts, whether published).
  const linkedSlugs = await linkedArticleSlugs(articleId);
  try {
    revalidatePath(`/articles/${article.slug}`);
    revalidatePath("/");
    revalidateTag(readerDetailsTag(article.slug), { expire: 0 });
    for (const slug of linkedSlugs) revalidateTag(readerDetailsTag(slug), { expire: 0 });
    revalidateTag(CLAIM_SEARCH_CACHE_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
