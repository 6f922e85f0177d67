// No "server-only" marker: the seed, the migration tests and the benchmarks use it too.
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { driverAdapterFactory } from "./driver-adapter";

/** App code is typed against the SQLite client; the PostgreSQL client's API is the same for our models. */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createPrismaClient(url: string = databaseUrl()): Db {
  const adapter = driverAdapterFactory(url);
  if (databaseProvider(url) === "sqlite") return new SqliteClient({ adapter });
  return new PostgresClient({ adapter }) as unknown as Db;
}
