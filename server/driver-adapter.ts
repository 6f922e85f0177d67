// Shared by the app (server/db.ts), the migration script and the seed: no "server-only" marker.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, sqliteFilePath } from "./database-url";

/** How long an SQLite writer waits for another writer's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function driverAdapterFactory(url: string, options: { shadowDatabaseUrl?: string } = {}) {
  if (databaseProvider(url) === "sqlite") {
    return new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS }, options);
  }
  return new PrismaPg({ connectionString: url, max: databasePoolSize() });
}

/** DATABASE_POOL_SIZE: PostgreSQL connections per app instance (default 10). */
export function databasePoolSize(value: string | undefined = process.env.DATABASE_POOL_SIZE): number {
  if (value === undefined || value.trim() === "") return 10;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "${value}"`);
  return size;
}
