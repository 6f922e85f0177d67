import "server-only";
import type { Db, Tx } from "../../db";

/**
 * Marks a review changed for the public reader page: bumps the article's `pageVersion`, the key
 * its rendered page is cached under in every instance (server/reader/). Raw, so that Prisma's
 * @updatedAt stays what the last edit of the article itself set: the page version is a cache
 * key, not an edit, and exports carry updatedAt. Given the write's transaction, the new version
 * commits (or rolls back) with the change itself.
 */
export async function bumpPageVersion(client: Db | Tx, articleId: string): Promise<void> {
  await client.$executeRaw`UPDATE "Article" SET "pageVersion" = "pageVersion" + 1 WHERE "id" = ${articleId}`;
}
