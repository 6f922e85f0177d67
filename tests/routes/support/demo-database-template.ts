import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase } from "../../../scripts/db/migrate";

/**
 * One migrated SQLite file with the demo seeded into it, made once per `vitest run` (named by
 * the run's main process: every test file's worker is its child) by whichever test file asks
 * first; the others wait for it, then each copies it to a file of its own. Seeding costs ~10 s
 * (four bcrypt hashes at the production cost); a copy costs milliseconds.
 * tests/support/remove-route-templates.ts deletes the run's template when the run ends.
 */
export async function seededDemoTemplate(): Promise<string> {
  const file = path.resolve(`data/test-routes-template-${process.ppid}.db`);
  if (existsSync(file)) return file;
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    // another test file is making it
  }
  if (!mine) return waitFor(file);
  try {
    const building = `${file}.building`;
    removeSqliteFile(building);
    const url = `file:${building}`;
    await migrateDatabase({ url, mode: "reset" });
    const { createPrismaClient } = await import("../../../server/prisma-client");
    const { seedDemo } = await import("../../../prisma/seed");
    const db = createPrismaClient(url);
    try {
      await seedDemo(db);
    } finally {
      await db.$disconnect();
    }
    // Everything into the main file, so that copying the one file copies it all.
    const sqlite = new Database(building);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.close();
    renameSync(building, file);
    return file;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function waitFor(file: string): Promise<string> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) return file;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Another test file did not finish seeding ${file} within 3 minutes`);
}

export function removeSqliteFile(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
