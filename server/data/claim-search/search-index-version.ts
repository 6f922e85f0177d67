import "server-only";
import { databaseProvider, databaseUrl } from "../../database-url";
import type { Db, Tx } from "../../db";

/**
 * A number the search index's triggers move on every change (prisma/<provider>/migrations/
 * *_claim_search): SQLite keeps it in a row, PostgreSQL in a sequence.
 */
export async function searchIndexVersion(db: Db | Tx): Promise<string> {
  if (databaseProvider(databaseUrl()) === "sqlite") {
    const rows = await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "ClaimSearchState" WHERE "id" = 1`;
    return String(rows[0]?.version ?? 0);
  }
  const rows = await db.$queryRaw<{ version: number | bigint | string }[]>`SELECT "last_value" AS "version" FROM "ClaimSearch_version"`;
  return String(rows[0]?.version ?? 0);
}
