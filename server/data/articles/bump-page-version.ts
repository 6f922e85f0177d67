import "server-only";
import type { Db, Tx } from "../../db";
import { linkedArticleIds } from "../claim-links/linked-article-ids";

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

/**
 * What every write to a review does last inside its transaction: bumps the page version of
 * each changed review and of the reviews linked to it (their claim dialogs list its claims
 * under "Also checked in"), each once. So a reader never sees a committed change under an old
 * version, nor a new version without the change (a failed write rolls both back). After the
 * commit the write calls revalidateReviewPages for Next's own caches.
 */
export async function bumpReviewPageVersions(tx: Tx, ...articleIds: string[]): Promise<void> {
  const changed = new Set(articleIds);
  for (const articleId of articleIds) for (const linked of await linkedArticleIds(articleId, tx)) changed.add(linked);
  for (const articleId of changed) await bumpPageVersion(tx, articleId);
}
