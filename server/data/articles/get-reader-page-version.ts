import "server-only";
import { db } from "../../db";

/**
 * The published review's page version, or null when no published review has this slug: one
 * query on the slug's unique index, read on every request so that every instance serves the
 * page of the review's latest change (the version is bumped by revalidateReviewPages).
 */
export async function getReaderPageVersion(slug: string): Promise<number | null> {
  const article = await db.article.findUnique({ where: { slug }, select: { status: true, pageVersion: true } });
  return article?.status === "published" ? article.pageVersion : null;
}
