/**
 * Stands in for tests/support/test-database.ts when the data-layer tests run on PostgreSQL
 * (tests/postgres/vitest.config.ts redirects the import here): same names, same behaviour, but
 * each test file gets a freshly migrated PostgreSQL database instead of an SQLite file.
 */
import { migrateDatabase } from "../../../scripts/db/migrate";
import { createScratchDatabase, dropScratchDatabase, postgresServerUrl } from "../../../scripts/pg/scratch-database";

/** Every database these tests create starts with this; the global teardown drops what is left. */
export const TEST_DATABASE_PREFIX = "cc_test_";

/** Read once, before useFreshPostgresDatabase points DATABASE_URL at a test database. */
const serverUrl = postgresServerUrl();

export async function useFreshPostgresDatabase(name: string): Promise<string> {
  const url = await createScratchDatabase(`${TEST_DATABASE_PREFIX}${name}_${process.pid}`, serverUrl);
  await migrateDatabase({ url, mode: "deploy" });
  process.env.DATABASE_URL = url;
  return url;
}

export async function removePostgresDatabase(url: string): Promise<void> {
  await dropScratchDatabase(url, serverUrl);
}

// The names the shared data-layer tests import.
export const useFreshSqliteDatabase = useFreshPostgresDatabase;
/** Callers do not await this (SQLite removal is synchronous); the global teardown drops anything left behind. */
export function removeSqliteDatabase(url: string): void {
  removePostgresDatabase(url).catch(() => {});
}
