// No "server-only" marker: the seed, the migration tests and the benchmarks use it too.
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { driverAdapterFactory } from "./driver-adapter";

/** App code is typed against the SQLite client; the PostgreSQL client's API is the same for our models. */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Under a burst of writes every request's transaction first waits for a pooled connection
 * (PostgreSQL) or the write lock (SQLite). Prisma's default 2 s wait turned such bursts into
 * 500s in the load benchmark (50 concurrent rating saves, pool of 10); waiting up to 10 s
 * queues them instead. A transaction itself may still run at most 10 s.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 } as const;

export function createPrismaClient(url: string = databaseUrl()): Db {
  const adapter = driverAdapterFactory(url);
  if (databaseProvider(url) === "sqlite") return new SqliteClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  return new PostgresClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
}
