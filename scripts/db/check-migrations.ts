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
import type { DatabaseProvider } from "../../server/database-url";
import { driverAdapterFactory } from "../../server/driver-adapter";
import { createScratchDatabase, dropScratchDatabase } from "../pg/scratch-database";
import { migrationsDirFor, schemaPathFor } from "./migrate";
import { readMigrationsFolder } from "./migrations-folder";
import { postgresMigrationAdapterFactory } from "./postgres-migration-adapter";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** The SQL a new migration would contain after the committed ones; "" when they match the models. */
export async function pendingMigrationScript(provider: DatabaseProvider, url: string, migrationsDir = migrationsDirFor(provider)): Promise<string> {
  const schemaPath = schemaPathFor(provider);
  const migrationsList = readMigrationsFolder(migrationsDir);
  const factory = provider === "postgresql" ? postgresMigrationAdapterFactory(url) : driverAdapterFactory(url);
  const { engine, close } = await openSchemaEngine(factory, schemaPath);
  try {
    await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    // The diagnostic sets up the shadow database that createMigration needs (SQLite's in particular).
    await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    const output = await engine.createMigration({
      draft: true,
      migrationName: "check",
      migrationsList,
      schema: { files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      filters: NO_FILTER,
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

async function checkProvider(provider: DatabaseProvider): Promise<string> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-migrations-check-"));
    try {
      return await pendingMigrationScript(provider, `file:${join(dir, "check.db")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = await createScratchDatabase(`migrations_check_${process.pid}`);
  try {
    return await pendingMigrationScript(provider, url);
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
      console.error(`${provider}: the migrations are behind prisma/models.prisma; a new migration would be:\n${script}\n`);
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
