/**
 * CI check: the committed migrations of each provider produce exactly the schema that
 * prisma/models.prisma describes. Applies them to a scratch database, then asks the schema
 * engine for the migration it would create: anything but an empty script means a migration is
 * missing (run `npm run db:migrate -- --name ...` for that provider). Writes no files.
 *   tsx scripts/db/check-migrations.ts [sqlite] [postgresql]   (default: both; PostgreSQL from
 *   TEST_POSTGRES_URL or the private cluster of scripts/pg/start-cluster.sh)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFilePath, type DatabaseProvider } from "../../server/database-url";
import { driverAdapterFactory } from "../../server/driver-adapter";
import { createScratchDatabase, dropScratchDatabase } from "../pg/scratch-database";
import { migrationsDirFor, schemaPathFor } from "./migrate";
import { readMigrationsFolder } from "./migrations-folder";
import { postgresMigrationAdapterFactory } from "./postgres-migration-adapter";
import { openSchemaEngine } from "./schema-engine";
import { SEARCH_INDEX_TRIGGERS, searchIndexFilter } from "./search-index-tables";


/** The SQL a new migration would contain after the committed ones; "" when they match the models. */
export async function pendingMigrationScript(provider: DatabaseProvider, url: string, migrationsDir = migrationsDirFor(provider)): Promise<string> {
  const schemaPath = schemaPathFor(provider);
  const migrationsList = readMigrationsFolder(migrationsDir);
  const factory = provider === "postgresql" ? postgresMigrationAdapterFactory(url) : driverAdapterFactory(url);
  const { engine, close } = await openSchemaEngine(factory, schemaPath);
  try {
    await engine.applyMigrations({ migrationsList, filters: searchIndexFilter(provider) });
    // The diagnostic sets up the shadow database that createMigration needs (SQLite's in particular).
    await engine.devDiagnostic({ migrationsList, filters: searchIndexFilter(provider) });
    const output = await engine.createMigration({
      draft: true,
      migrationName: "check",
      migrationsList,
      schema: { files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      filters: searchIndexFilter(provider),
    });
    return withoutComments(output.migrationScript ?? "");
  } finally {
    await close();
  }
}

/** The engine answers "-- This is an empty migration." when nothing is missing. */
function withoutComments(script: string): string {
  return script
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n")
    .trim();
}

/**
 * The claim search index's triggers that the migrations leave missing: a later SQLite migration
 * that redefines "Claim" or "Article" (DROP TABLE, then rename a copy) drops them silently.
 */
export async function missingSearchIndexTriggers(provider: DatabaseProvider, url: string): Promise<string[]> {
  let present: string[];
  if (provider === "sqlite") {
    const database = new Database(sqliteFilePath(url), { readonly: true });
    try {
      present = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((row) => row.name);
    } finally {
      database.close();
    }
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      present = (await client.query<{ tgname: string }>("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).rows.map((row) => row.tgname);
    } finally {
      await client.end();
    }
  }
  return SEARCH_INDEX_TRIGGERS[provider].filter((name) => !present.includes(name));
}

async function checkUrl(provider: DatabaseProvider, url: string): Promise<string> {
  const script = await pendingMigrationScript(provider, url);
  const missing = await missingSearchIndexTriggers(provider, url);
  if (missing.length === 0) return script;
  return `${script}\n-- The claim search index's triggers are missing after the migrations: ${missing.join(", ")}.\n-- A migration redefined "Claim" or "Article": re-create them at its end (see *_claim_search/migration.sql).`.trim();
}

async function checkProvider(provider: DatabaseProvider): Promise<string> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-migrations-check-"));
    try {
      return await checkUrl(provider, `file:${join(dir, "check.db")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = await createScratchDatabase(`migrations_check_${process.pid}`);
  try {
    return await checkUrl(provider, url);
  } finally {
    await dropScratchDatabase(url);
  }
}

async function main() {
  const requested = process.argv.slice(2).filter((arg): arg is DatabaseProvider => arg === "sqlite" || arg === "postgresql");
  const providers: DatabaseProvider[] = requested.length ? requested : ["sqlite", "postgresql"];
  let stale = false;
  for (const provider of providers) {
    const script = await checkProvider(provider);
    if (script.length === 0) {
      console.log(`${provider}: migrations match prisma/models.prisma`);
    } else {
      stale = true;
      console.error(`${provider}: the migrations do not give the schema prisma/models.prisma describes (with the claim search index); what is missing:\n${script}\n`);
    }
  }
  // Exit explicitly: the WASM engine leaves a 10 s timer behind after a PostgreSQL session.
  process.exit(stale ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
