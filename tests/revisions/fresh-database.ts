import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { migrateDatabase } from "../../scripts/db/migrate";

/** A freshly migrated SQLite file; call before importing any server module (server/db.ts reads DATABASE_URL on import). */
export async function freshSqliteDatabase(name: string): Promise<{ url: string; remove: () => void }> {
  const url = `file:./data/test-${name}-${process.pid}.db`;
  const file = resolve(url.replace(/^file:/, ""));
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  };
  remove();
  await migrateDatabase({ url, mode: "reset" });
  process.env.DATABASE_URL = url;
  return { url, remove };
}
