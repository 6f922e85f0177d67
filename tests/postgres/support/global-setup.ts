/**
 * Before the PostgreSQL suite: checks the cluster answers (with the command that starts one
 * when it does not) and drops test databases left by an interrupted run; after it, drops them all.
 */
import pg from "pg";
import { postgresServerUrl } from "../../../scripts/pg/scratch-database";
import { TEST_DATABASE_PREFIX } from "./postgres-test-database";

async function dropTestDatabases(): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${TEST_DATABASE_PREFIX}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  try {
    await dropTestDatabases();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresServerUrl().replace(/:[^:@/]*@/, ":***@")} (${(error as Error).message}). ` +
        "Start the private cluster with scripts/pg/start-cluster.sh, or set TEST_POSTGRES_URL to a role with CREATEDB.",
    );
  }
  return dropTestDatabases;
}
