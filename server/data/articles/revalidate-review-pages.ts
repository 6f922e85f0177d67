import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db } from "../../db";
import { CLAIM_SEARCH_CACHE_TAG } from "../claim-search/get-published-similar-claims";
import { readerDetailsTag } from "./get-published-claim-details";

/**
 * Published pages are cached; every change to a review marks its reader page and the home
 * page stale so the next reader gets the new version, and expires the claim details the
 * reader page fetches (GET /api/articles/<slug>/published-claims/<id>) and the public claim
 * searches (GET /api/claims/similar). Outside a Next request (scripts,
 * data-layer tests) there is no cache to mark.
 */
export async function revalidateReviewPages(articleId: string): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  if (!article) return;
  try {
    revalidatePath(`/articles/${article.slug}`);
    revalidatePath("/");
    revalidateTag(readerDetailsTag(article.slug), { expire: 0 });
    revalidateTag(CLAIM_SEARCH_CACHE_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
