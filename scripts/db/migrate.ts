/**
 * Creates and applies migrations without Prisma's native engine (see schema-engine.ts).
 *   dev     create a migration when prisma/models.prisma changed, then apply all  (npm run db:migrate -- --name add_x)
 *   deploy  apply the committed migrations that are not applied yet                (npm run db:deploy)
 *   reset   drop everything and apply all migrations again                         (npm run db:reset)
 * The folder layout is Prisma's, so `prisma migrate deploy` accepts it where the native engine exists.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath, type DatabaseProvider } from "../../server/database-url";
import { driverAdapterFactory, SQLITE_BUSY_TIMEOUT_MS } from "../../server/driver-adapter";
import { openSchemaEngine } from "./schema-engine";
import { searchIndexFilter } from "./search-index-tables";
import { postgresMigrationAdapterFactory, withPostgresMigrationLock } from "./postgres-migration-adapter";
import { readMigrationsFolder, writeMigration } from "./migrations-folder";

const root = resolve(import.meta.dirname, "..", "..");

export type MigrateMode = "dev" | "deploy" | "reset";

export interface MigrateResult {
  provider: DatabaseProvider;
  created: string | null;
  applied: string[];
}

export function schemaPathFor(provider: DatabaseProvider): string {
  return join(root, "prisma", provider, "schema.prisma");
}

export function migrationsDirFor(provider: DatabaseProvider): string {
  return join(root, "prisma", provider, "migrations");
}

export async function migrateDatabase(options: { url?: string; mode: MigrateMode; name?: string; log?: (m: string) => void }): Promise<MigrateResult> {
  const url = options.url ?? databaseUrl();
  // Several app instances starting together each migrate on start: on PostgreSQL they take
  // turns, so the second finds the migrations applied instead of applying them twice.
  if (databaseProvider(url) === "postgresql") return withPostgresMigrationLock(url, () => migrateUnlocked(url, options));
  return migrateUnlocked(url, options);
}

async function migrateUnlocked(url: string, options: { mode: MigrateMode; name?: string; log?: (m: string) => void }): Promise<MigrateResult> {
  const provider = databaseProvider(url);
  const log = options.log ?? (() => {});
  // The engine reports every step as a JSON line; only warnings and errors matter to a user.
  const engineLog = (line: string) => {
    if (process.env.DEBUG_MIGRATIONS || /"level":"(WARN|ERROR)"/.test(line)) log(line);
  };
  const schemaPath = schemaPathFor(provider);
  const migrationsDir = migrationsDirFor(provider);

  if (provider === "sqlite") {
    const file = resolve(sqliteFilePath(url));
    if (options.mode === "reset") for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    mkdirSync(dirname(file), { recursive: true });
  }

  let result: MigrateResult;
  const { engine, close } = await openSchemaEngine(
    provider === "postgresql" ? postgresMigrationAdapterFactory(url) : driverAdapterFactory(url),
    schemaPath,
    engineLog,
  );
  try {
    if (options.mode === "reset" && provider === "postgresql") await engine.reset({ filter: searchIndexFilter(provider) });

    // On a new database the engine's diagnostics need the _prisma_migrations table: applying
    // an empty list creates it.
    await engine.applyMigrations({ migrationsList: { ...readMigrationsFolder(migrationsDir), migrationDirectories: [] }, filters: searchIndexFilter(provider) });

    let created: string | null = null;
    if (options.mode === "dev") {
      const diagnostic = await engine.devDiagnostic({ migrationsList: readMigrationsFolder(migrationsDir), filters: searchIndexFilter(provider) });
      if (diagnostic.action.tag === "reset") {
        throw new Error(`The database has drifted from the migrations (${diagnostic.action.reason}). Run npm run db:reset.`);
      }
      const output = await engine.createMigration({
        draft: false,
        migrationName: options.name ?? "migration",
        migrationsList: readMigrationsFolder(migrationsDir),
        schema: { files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
        filters: searchIndexFilter(provider),
      });
      if (output.migrationScript && output.migrationScript.trim().length > 0) {
        writeMigration(migrationsDir, output.generatedMigrationName, output.migrationScript, provider);
        created = output.generatedMigrationName;
        log(`created ${join(migrationsDir, created)}`);
      }
    }

    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrationsFolder(migrationsDir), filters: searchIndexFilter(provider) });
    result = { provider, created, applied: appliedMigrationNames };
  } finally {
    await close();
  }
  // The engine holds SQLite's exclusive lock until it is freed.
  if (provider === "sqlite") enableSqliteWal(resolve(sqliteFilePath(url)));
  return result;
}

/** WAL lets readers go on while one writer writes; the mode is stored in the file. */
function enableSqliteWal(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

async function main() {
  const mode = process.argv[2] as MigrateMode;
  if (!["dev", "deploy", "reset"].includes(mode)) {
    console.error("usage: tsx scripts/db/migrate.ts dev|deploy|reset [--name migration_name]");
    process.exit(2);
  }
  const nameIndex = process.argv.indexOf("--name");
  const name = nameIndex > 0 ? process.argv[nameIndex + 1] : undefined;
  const result = await migrateDatabase({ mode, ...(name ? { name } : {}), log: (m) => console.log(m) });
  console.log(
    `${result.provider}: ${result.created ? `created ${result.created}; ` : ""}${result.applied.length ? `applied ${result.applied.join(", ")}` : "database up to date"}`,
  );
  // The WASM engine leaves a 10 s timer behind after a PostgreSQL session; nothing is pending.
  process.exit(0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
