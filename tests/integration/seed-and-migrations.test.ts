import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../scripts/db/migrate";
import { createPrismaClient } from "../../server/prisma-client";
import { seedDemo, SeedRefusedError } from "../../prisma/seed";
import { removeSqliteDatabase } from "../support/test-database";

const url = `file:./data/test-seed-${process.pid}.db`;

afterAll(() => removeSqliteDatabase(url));

describe("migrations and the demo seed", () => {
  it("creates the schema on a new SQLite file, in WAL mode, and re-running applies nothing", async () => {
    const first = await migrateDatabase({ url, mode: "reset" });
    expect(first.applied.length).toBeGreaterThan(0);
    expect(existsSync(resolve("data", `test-seed-${process.pid}.db`))).toBe(true);
    const second = await migrateDatabase({ url, mode: "deploy" });
    expect(second.applied).toEqual([]);
    const dev = await migrateDatabase({ url, mode: "dev", name: "should_be_empty" });
    expect(dev.created).toBeNull();
    const db = createPrismaClient(url);
    const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0]?.journal_mode).toBe("wal");
    await db.$disconnect();
  });

  it("seeds the demo review into the empty database and refuses a second time", async () => {
    const db = createPrismaClient(url);
    const result = await seedDemo(db);
    expect(result.claims).toBeGreaterThanOrEqual(12);
    expect(result.evidence).toBeGreaterThanOrEqual(15);
    const verdicts = new Set((await db.claim.findMany({ select: { verdict: true } })).map((c) => c.verdict));
    expect([...verdicts].sort()).toEqual(["contradicted", "mixed", "mostly_supported", "not_checkable", "supported", "unsupported"]);
    const revision = await db.articleRevision.findFirstOrThrow();
    expect(revision.text).not.toContain("international_dairy_week_banner");
    await expect(seedDemo(db)).rejects.toBeInstanceOf(SeedRefusedError);
    expect(await db.user.count()).toBe(4);
    await db.$disconnect();
  });
});
