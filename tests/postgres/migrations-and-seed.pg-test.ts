import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrationScript } from "../../scripts/db/check-migrations";
import { migrateDatabase } from "../../scripts/db/migrate";
import { createScratchDatabase, postgresServerUrl } from "../../scripts/pg/scratch-database";
import { createPrismaClient } from "../../server/prisma-client";
import { seedDemo, SeedRefusedError } from "../../prisma/seed";
import { removePostgresDatabase, TEST_DATABASE_PREFIX } from "./support/postgres-test-database";

let url: string;

beforeAll(async () => {
  url = await createScratchDatabase(`${TEST_DATABASE_PREFIX}migrations_${process.pid}`, postgresServerUrl());
});

afterAll(async () => {
  await removePostgresDatabase(url);
});

describe("PostgreSQL migrations and the demo seed", () => {
  it("applies the committed migrations to an empty database, then finds nothing left to apply or create", async () => {
    const first = await migrateDatabase({ url, mode: "deploy" });
    expect(first.provider).toBe("postgresql");
    expect(first.applied.length).toBeGreaterThan(0);
    expect((await migrateDatabase({ url, mode: "deploy" })).applied).toEqual([]);
    expect(await pendingMigrationScript("postgresql", url)).toBe("");
  });

  it("notices when the migrations do not describe the models (the CI check can fail)", async () => {
    const emptyFolder = mkdtempSync(join(tmpdir(), "claimcheck-no-migrations-"));
    const scratch = await createScratchDatabase(`${TEST_DATABASE_PREFIX}drift_${process.pid}`);
    try {
      const script = await pendingMigrationScript("postgresql", scratch, emptyFolder);
      expect(script).toContain('CREATE TABLE "Claim"');
    } finally {
      rmSync(emptyFolder, { recursive: true, force: true });
      await removePostgresDatabase(scratch);
    }
  });

  it("seeds the demo review into the empty database and refuses a second time", async () => {
    const db = createPrismaClient(url);
    try {
      const result = await seedDemo(db);
      expect(result.claims).toBeGreaterThanOrEqual(12);
      const verdicts = new Set((await db.claim.findMany({ select: { verdict: true } })).map((c) => c.verdict));
      expect(verdicts.size).toBeGreaterThanOrEqual(5);
      await expect(seedDemo(db)).rejects.toBeInstanceOf(SeedRefusedError);
      expect(await db.user.count()).toBe(4);
    } finally {
      await db.$disconnect();
    }
  });

  it("reset drops the data and re-applies every migration", async () => {
    const result = await migrateDatabase({ url, mode: "reset" });
    expect(result.applied.length).toBeGreaterThan(0);
    const db = createPrismaClient(url);
    try {
      expect(await db.user.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
