import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "../../db";
import { CLAIM_SEARCH_CACHE_TAG } from "../claim-search/get-published-similar-claims";

/**
 * Every change to a review calls this once it is committed, after bumping the page versions
 * inside its transaction (bumpReviewPageVersions, bump-page-version.ts: the key the public
 * reader page and its claim details are cached under in every instance). This expires what
 * Next caches itself: it marks the review's path and the home page stale and expires the
 * public claim searches (GET /api/claims/similar). Outside a Next request (scripts, data-layer
 * tests) there is no Next cache to mark.
 */
export async function revalidateReviewPages(articleId: string): Promise<void> {
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
