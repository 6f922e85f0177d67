/**
 * Throwaway PostgreSQL databases beside the main one (tests, the migrations check, benchmarks).
 * The role in the URL needs CREATEDB (scripts/pg/start-cluster.sh creates it so).
 */
import pg from "pg";

export const defaultPostgresUrl = "postgresql://claimcheck:claimcheck@127.0.0.1:55432/claimcheck";

/** The cluster to use: TEST_POSTGRES_URL, else a postgresql:// DATABASE_URL, else the private cluster's default. */
export function postgresServerUrl(): string {
  const fromEnv = process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL;
  return fromEnv && /^postgres(ql)?:\/\//.test(fromEnv) ? fromEnv : defaultPostgresUrl;
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

async function runAdminStatement(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function safeName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9_]+/g, "_").slice(0, 50);
  if (!cleaned) throw new Error(`"${name}" gives no usable database name`);
  return cleaned;
}

/** Creates an empty database (dropping any leftover of the same name) and returns its URL. */
export async function createScratchDatabase(name: string, serverUrl = postgresServerUrl()): Promise<string> {
  const database = safeName(name);
  await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await runAdminStatement(serverUrl, `CREATE DATABASE "${database}"`);
  return withDatabaseName(serverUrl, database);
}

/** Drops a database made by createScratchDatabase; close its clients first (FORCE ends any left). */
export async function dropScratchDatabase(url: string, serverUrl = postgresServerUrl()): Promise<void> {
  const database = databaseNameOf(url);
  if (database === databaseNameOf(serverUrl)) throw new Error(`Refusing to drop the server's own database "${database}"`);
  await runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS "${safeName(database)}" WITH (FORCE)`);
}
