import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "../../db";
import { bumpPageVersion } from "./bump-page-version";
import { CLAIM_SEARCH_CACHE_TAG } from "../claim-search/get-published-similar-claims";
import { linkedArticleIds } from "../claim-links/linked-article-ids";

/**
 * Every change to a review calls this once it is committed. It bumps the article's
 * `pageVersion` (bump-page-version.ts; nothing else: the article's updatedAt is left as its last
 * edit set it), the key the public reader page and its claim details are cached under in every
 * instance (server/reader/: each request reads the version with one indexed query, so no
 * instance serves a page or a claim's details older than the last change), unless the write
 * bumped it inside its own transaction already (`versionBumped`: claim changes,
 * change-claim.ts). The reviews linked to this one show it under "Also checked in", so their
 * versions are bumped too. Then it marks the home page stale and expires the public claim
 * searches (GET /api/claims/similar). Outside a Next request (scripts, data-layer tests) there
 * is no Next cache to mark.
 */
export async function revalidateReviewPages(articleId: string, options: { versionBumped?: boolean } = {}): Promise<void> {
  if (!options.versionBumped) await bumpPageVersion(db, articleId);
  for (const linkedId of await linkedArticleIds(articleId)) await bumpPageVersion(db, linkedId);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  if (!article) return;
  try {
    revalidatePath(`/articles/${article.slug}`);
    revalidatePath("/");
    revalidateTag(CLAIM_SEARCH_CACHE_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
