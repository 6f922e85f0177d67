import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../server/prisma-client";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../server/driver-adapter";
import { migrateDatabase } from "../../scripts/db/migrate";

/** SQLite in WAL mode (readers never wait for the writer) with a busy timeout (a second writer waits instead of failing). */

const url = `file:./data/test-wal-${process.pid}.db`;
const file = resolve(url.slice(5));
let db: Db;

beforeAll(async () => {
  await migrateDatabase({ url, mode: "reset" });
  db = createPrismaClient(url);
});

afterAll(async () => {
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});

describe("SQLite settings", () => {
  it("runs in WAL mode", () => {
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });

  it("a write waits for another writer's lock (busy timeout) instead of failing, and reads go on meanwhile", async () => {
    expect(SQLITE_BUSY_TIMEOUT_MS).toBeGreaterThanOrEqual(1000);
    expect(await db.user.count()).toBe(0); // the connection is open before the lock is taken
    // Another process (better-sqlite3 waits synchronously, so the lock holder cannot share this one) holds the write lock for 1.5 s.
    const holder = spawn(process.execPath, [
      "-e",
      `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(file)}); d.exec("BEGIN IMMEDIATE");
       d.prepare("INSERT INTO \\"User\\" (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES ('holder', 'holder@x.test', 'Holder', 'x', 'reader', 0, 0)").run();
       console.log("locked"); setTimeout(() => { d.exec("COMMIT"); d.close(); }, 1500);`,
    ]);
    const started = await new Promise<number>((done, fail) => {
      holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && done(Date.now()));
      holder.stderr.on("data", (chunk: Buffer) => fail(new Error(chunk.toString())));
    });
    // A reader is not blocked by the open write transaction (WAL).
    expect(await db.user.count()).toBe(0);
    await db.user.create({ data: { email: "waiter@x.test", name: "Waiter", passwordHash: "x" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(await db.user.count()).toBe(2);
  });
});
