import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { migrateDatabase } from "../../scripts/db/migrate";

/**
 * A real, freshly migrated SQLite file for one test file. Call it before importing any
 * server module: server/db.ts opens its client with DATABASE_URL at import time.
 */
export async function useFreshSqliteDatabase(name: string): Promise<string> {
  const url = `file:./data/test-${name}-${process.pid}.db`;
  const file = resolve(url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  await migrateDatabase({ url, mode: "reset" });
  process.env.DATABASE_URL = url;
  return url;
}

export function removeSqliteDatabase(url: string): void {
  const file = resolve(url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
