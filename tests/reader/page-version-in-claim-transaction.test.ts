import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * A claim change bumps the reader page's version inside its own transaction (change-claim.ts):
 * once per change, never for a change that was refused, and without touching the article's
 * updatedAt (exports carry it, and export → import → export must be identical).
 */
let url: string;
let db: typeof import("../../server/db").db;
let updateClaim: typeof import("../../server/data/claims/update-claim").updateClaim;
let editor: import("../../server/authz").Actor;
const SLUG = "reversing-calcification-vitamin-k2";

beforeAll(async () => {
  url = await useFreshSqliteDatabase("page-version-in-claim-transaction");
  ({ db } = await import("../../server/db"));
  await (await import("../../prisma/seed")).seedDemo(db);
  ({ updateClaim } = await import("../../server/data/claims/update-claim"));
  const user = await db.user.findFirstOrThrow({ where: { role: "editor" } });
  editor = { id: user.id, email: user.email, name: user.name, role: "editor" };
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const article = () => db.article.findUniqueOrThrow({ where: { slug: SLUG }, select: { pageVersion: true, updatedAt: true } });

describe("the page version of a claim change", () => {
  it("goes up by exactly one per change, and the article's updatedAt stays", async () => {
    const before = await article();
    const claim = await db.claim.findUniqueOrThrow({ where: { id: "demo-claim-06" } });
    await updateClaim(editor, claim.id, { version: claim.version, restatement: "Changed once" });
    const after = await article();
    expect(after.pageVersion).toBe(before.pageVersion + 1);
    expect(after.updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
  });

  it("stays for a change that was refused (a stale version: nothing is written)", async () => {
    const before = await article();
    const claim = await db.claim.findUniqueOrThrow({ where: { id: "demo-claim-06" } });
    await expect(updateClaim(editor, claim.id, { version: claim.version - 1, restatement: "Stale" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await article()).pageVersion).toBe(before.pageVersion);
  });
});
