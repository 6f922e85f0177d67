/**
 * `npm run restore -- <file>`: reads a backup made by `npm run backup` into the database at
 * DATABASE_URL. The database is migrated first and must hold no rows (a restore never merges
 * into existing data); all tables are written in one transaction, so a failed restore leaves
 * the database empty.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { databaseUrl } from "../server/database-url";
import { createPrismaClient, type Db } from "../server/prisma-client";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, decodeValue, delegateOf, tablesInOrder, type Backup, type Row } from "./backup";
import { migrateDatabase } from "./db/migrate";

const BATCH = 200;

export class RestoreRefusedError extends Error {}

export function parseBackup(text: string): Backup {
  const data = JSON.parse(text) as Partial<Backup>;
  if (data.format !== BACKUP_FORMAT || data.formatVersion !== BACKUP_FORMAT_VERSION || typeof data.tables !== "object" || data.tables === null) {
    throw new RestoreRefusedError(`Not a ${BACKUP_FORMAT} version ${BACKUP_FORMAT_VERSION} file.`);
  }
  return data as Backup;
}

export async function restoreDatabase(db: Db, backup: Backup): Promise<Record<string, number>> {
  const tables = tablesInOrder();
  const unknown = Object.keys(backup.tables).filter((name) => !tables.includes(name));
  if (unknown.length) throw new RestoreRefusedError(`The backup has tables this database does not: ${unknown.join(", ")}.`);
  for (const model of tables) {
    if ((await delegateOf(db, model).count()) > 0) throw new RestoreRefusedError(`The database is not empty (${model} has rows): restore into an empty database.`);
  }
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      for (const model of tables) {
        const rows = (backup.tables[model] ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, decodeValue(v)])) as Row);
        for (let i = 0; i < rows.length; i += BATCH) await delegateOf(tx, model).createMany({ data: rows.slice(i, i + BATCH) });
        counts[model] = rows.length;
      }
    },
    { timeout: 10 * 60 * 1000, maxWait: 60 * 1000 },
  );
  return counts;
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new RestoreRefusedError("Usage: npm run restore -- <backup file>");
  const url = databaseUrl();
  const backup = parseBackup(readFileSync(file, "utf8"));
  await migrateDatabase({ url, mode: "deploy", log: (m) => console.error(`[claimcheck] ${m}`) });
  const db = createPrismaClient(url);
  try {
    const counts = await restoreDatabase(db, backup);
    console.error(`[claimcheck] restored ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ")} from ${file}`);
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
