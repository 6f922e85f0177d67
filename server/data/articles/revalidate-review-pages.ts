import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../db";

/**
 * Published pages are cached; every change to a review marks its reader page and the home
 * page stale so the next reader gets the new version. Outside a Next request (scripts,
 * data-layer tests) there is no cache to mark.
 */
export async function revalidateReviewPages(articleId: string): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  if (!article) return;
  try {
    revalidatePath(`/articles/${article.slug}`);
    revalidatePath("/");
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
