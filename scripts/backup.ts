/**
 * `npm run backup -- [file]`: every row of every table as one JSON document (SQLite or
 * PostgreSQL, through Prisma), written to the file (default backups/claimcheck-<time>.json)
 * or to stdout with "-". `npm run restore -- <file>` (scripts/restore.ts) reads it back into
 * an empty database. Values keep their types: dates, big integers and bytes are tagged.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Prisma } from "../generated/sqlite/client";
import { databaseProvider, databaseUrl } from "../server/database-url";
import { createPrismaClient, type Db } from "../server/prisma-client";

export const BACKUP_FORMAT = "claimcheck-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** Parents before children, so that a restore never points at a row that is not there yet. */
export const TABLE_ORDER = ["User", "Source", "Article", "ArticleRevision", "Claim", "Evidence", "Rating", "Assignment", "Comment", "AuditEvent"] as const;

export type Row = Record<string, unknown>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  provider: string;
  tables: Record<string, Row[]>;
}

/** Every model of the schema, in restore order: a model this script does not know yet goes last. */
export function tablesInOrder(): string[] {
  const models = Object.values(Prisma.ModelName) as string[];
  const known = TABLE_ORDER.filter((name) => models.includes(name));
  return [...known, ...models.filter((name) => !(TABLE_ORDER as readonly string[]).includes(name))];
}

const delegateName = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);

interface ModelDelegate {
  findMany(args?: unknown): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
}

export function delegateOf(client: unknown, model: string): ModelDelegate {
  const delegate = (client as Record<string, ModelDelegate | undefined>)[delegateName(model)];
  if (!delegate) throw new Error(`The database client has no model ${model}`);
  return delegate;
}

/** A stable order for the rows of a table: by id, or by the whole row for tables without one. */
function rowSortKey(row: Row): string {
  return typeof row.id === "string" ? row.id : JSON.stringify(row);
}

/** JSON with the types JSON lacks kept: {"$date": iso}, {"$bigint": digits}, {"$bytes": base64}. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as Record<string, unknown>;
    if (typeof tagged.$date === "string") return new Date(tagged.$date);
    if (typeof tagged.$bigint === "string") return BigInt(tagged.$bigint);
    if (typeof tagged.$bytes === "string") return new Uint8Array(Buffer.from(tagged.$bytes, "base64"));
  }
  return value;
}

const mapRow = (row: Row, map: (v: unknown) => unknown): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, map(v)]));

/** Reads every table in one transaction, so the backup is one consistent moment. */
export async function backupDatabase(db: Db, provider = "unknown"): Promise<Backup> {
  const tables: Record<string, Row[]> = {};
  await db.$transaction(async (tx) => {
    for (const model of tablesInOrder()) {
      const rows = (await delegateOf(tx, model).findMany()).map((row) => mapRow(row, encodeValue));
      tables[model] = rows.sort((a, b) => (rowSortKey(a) < rowSortKey(b) ? -1 : rowSortKey(a) > rowSortKey(b) ? 1 : 0));
    }
  });
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: new Date().toISOString(), provider, tables };
}

async function main() {
  const url = databaseUrl();
  const target = process.argv[2] ?? `backups/claimcheck-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  const db = createPrismaClient(url);
  try {
    const backup = await backupDatabase(db, databaseProvider(url));
    const text = JSON.stringify(backup);
    if (target === "-") {
      process.stdout.write(text);
    } else {
      mkdirSync(dirname(resolve(target)), { recursive: true });
      writeFileSync(target, text, { mode: 0o600 });
      const counts = Object.entries(backup.tables).map(([table, rows]) => `${table} ${rows.length}`);
      console.error(`[claimcheck] backed up ${counts.join(", ")} to ${target}`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
