/**
 * The PostgreSQL driver adapter for Prisma's WASM schema engine (migrations only, never the app).
 * Two fixes over plain PrismaPg, both met on a real cluster (STACK.md):
 * - the engine's catalog queries return columns of the internal `"char"` type (OID 18), which the
 *   adapter refuses as an unsupported type: those columns are read as text;
 * - the shadow database is dropped only after its pool is closed (PrismaPg drops it first, which
 *   fails while connections are open), with FORCE for any connection left behind.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryResultWithFields = { fields?: { dataTypeID: number }[] };

function readCharAsText<T>(result: T): T {
  for (const field of (result as QueryResultWithFields | undefined)?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg client whose results report `"char"` columns as text (the value is already a string). */
class CharAsTextClient extends pg.Client {
  // pg's query has many overloads (promise and callback forms); both are wrapped.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result: unknown) => void;
      args[args.length - 1] = (error: Error | null, result: unknown) => callback(error, error ? result : readCharAsText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args) as never;
    }
    const submitted = (super.query as (...a: unknown[]) => unknown)(...args);
    if (submitted instanceof Promise) return submitted.then(readCharAsText) as never;
    return submitted as never;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** PrismaPg takes a pool of the same runtime pg; only its bundled @types/pg version differs. */
type AdapterPool = Extract<ConstructorParameters<typeof PrismaPg>[0], { connect: unknown }>;

function newPool(connectionString: string): AdapterPool {
  return new pg.Pool({ connectionString, max: 2, Client: CharAsTextClient }) as unknown as AdapterPool;
}

/**
 * PrismaPg runs a migration script by splitting it at every ";", which cuts a function body
 * ($$ ... $$, as in the claim search index's triggers) apart. PostgreSQL takes a whole script as
 * one simple query, in order, as the native engine sends it.
 */
async function connectRunningWholeScripts(factory: PrismaPg, pool: AdapterPool): Promise<SqlDriverAdapter> {
  const adapter = await factory.connect();
  const reportError = (adapter as unknown as { onError: (error: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}

export function postgresMigrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const pool = newPool(url);
  const main = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => connectRunningWholeScripts(main, pool),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "_")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${database}"`);
      } finally {
        await admin.end();
      }
      const shadowPool = newPool(withDatabase(url, database));
      const shadow = await connectRunningWholeScripts(new PrismaPg(shadowPool, { disposeExternalPool: true }), shadowPool);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return shadow;
    },
  };
}

/** Any fixed number: the key of the session-level advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 7_243_190_117;

/** Runs `work` while holding a PostgreSQL advisory lock, so concurrent migrators wait in turn. */
export async function withPostgresMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
