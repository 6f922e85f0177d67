import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../server/prisma-client";
import { seedDemo } from "../../prisma/seed";
import { migrateDatabase } from "../../scripts/db/migrate";
import { backupDatabase, tablesInOrder, type Backup } from "../../scripts/backup";
import { parseBackup, restoreDatabase, RestoreRefusedError } from "../../scripts/restore";

/** npm run backup / npm run restore: seed, back up, restore into an empty database, back up again: identical. */

const files: string[] = [];
const clients: Db[] = [];

async function freshDatabase(name: string): Promise<Db> {
  const url = `file:./data/test-backup-${name}-${process.pid}.db`;
  const file = resolve(url.slice(5));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  files.push(file);
  await migrateDatabase({ url, mode: "reset" });
  const db = createPrismaClient(url);
  clients.push(db);
  return db;
}

const withoutTime = (backup: Backup) => ({ ...backup, createdAt: "" });

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  for (const file of files) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});

describe("backup and restore", () => {
  it("round-trips every table losslessly, through the JSON text", async () => {
    const source = await freshDatabase("source");
    await seedDemo(source);
    // Values JSON does not carry on its own: nulls, floats, booleans, dates, Unicode.
    const claim = await source.claim.findFirstOrThrow();
    await source.claim.update({ where: { id: claim.id }, data: { anchorMethod: "fuzzy", anchorScore: 0.8125, orphaned: true, restatement: "Ünïcødé \u202E <b>x</b> 🙂" } });
    const user = await source.user.findFirstOrThrow();
    await source.auditEvent.create({ data: { actorId: user.id, action: "test.null-article", entityType: "Test", entityId: "t1", articleId: null, beforeJson: null, afterJson: '{"a":1}' } });

    const first = await backupDatabase(source, "sqlite");
    expect(Object.keys(first.tables)).toEqual(tablesInOrder());
    for (const table of ["User", "Article", "ArticleRevision", "Claim", "Source", "Evidence", "AuditEvent"]) expect(first.tables[table]?.length, table).toBeGreaterThan(0);

    const target = await freshDatabase("target");
    const counts = await restoreDatabase(target, parseBackup(JSON.stringify(first)));
    expect(counts.Claim).toBe(first.tables.Claim?.length);

    const second = await backupDatabase(target, "sqlite");
    expect(withoutTime(second)).toEqual(withoutTime(first));
    expect(JSON.stringify(withoutTime(second))).toBe(JSON.stringify(withoutTime(first)));

    const restoredClaim = await target.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(restoredClaim.anchorScore).toBe(0.8125);
    expect(restoredClaim.orphaned).toBe(true);
    expect(restoredClaim.createdAt).toBeInstanceOf(Date);
    expect(restoredClaim.createdAt.toISOString()).toBe((await source.claim.findUniqueOrThrow({ where: { id: claim.id } })).createdAt.toISOString());
  });

  it("refuses to restore into a database that holds data, and writes nothing", async () => {
    const db = await freshDatabase("busy");
    await seedDemo(db);
    const backup = await backupDatabase(db);
    const before = await db.claim.count();
    await expect(restoreDatabase(db, backup)).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await db.claim.count()).toBe(before);
  });

  it("refuses a file that is not a backup", () => {
    expect(() => parseBackup(JSON.stringify({ format: "something-else", tables: {} }))).toThrow(RestoreRefusedError);
  });
});
