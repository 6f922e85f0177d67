import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TReviewDocument } from "../../domain/schemas/review";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-accounts";
import { DEMO_SLUG } from "../../prisma/demo-review";
import type { Actor } from "../../server/authz";
import type { Db } from "../../server/prisma-client";
import { migrateDatabase } from "../../scripts/db/migrate";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The JSON export's promise: export from one instance, import into an empty one, export
 * again: the same JSON, ids and timestamps included (only `exportedAt` is the new time).
 */

let sourceUrl: string;
let sourceDb: Db;
let targetUrl: string;
let db: typeof import("../../server/db").db;
let importReview: typeof import("../../server/data/import/import-review").importReview;
let getReviewDocument: typeof import("../../server/data/articles/get-review-document").getReviewDocument;
let exported: TReviewDocument;
const editor = (id: string): Actor => ({ id, email: "editor@demo.claimcheck.test", name: "Erin Editor", role: "editor" });

beforeAll(async () => {
  // The instance the review comes from: the demo, with one claim re-anchored fuzzily and a second revision.
  sourceUrl = `file:./data/test-import-source-${process.pid}.db`;
  rmSync(resolve(sourceUrl.slice(5)), { force: true });
  await migrateDatabase({ url: sourceUrl, mode: "reset" });
  const { createPrismaClient } = await import("../../server/prisma-client");
  const { seedDemo } = await import("../../prisma/seed");
  sourceDb = createPrismaClient(sourceUrl);
  await seedDemo(sourceDb);
  const article = await sourceDb.article.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { revisions: true } });
  const first = article.revisions[0]!;
  await sourceDb.articleRevision.update({ where: { id: first.id }, data: { number: 2 } });
  await sourceDb.articleRevision.create({ data: { articleId: article.id, number: 1, text: "An earlier text.", blocksJson: "[]", contentHash: "sha256:earlier" } });
  const someClaim = await sourceDb.claim.findFirstOrThrow({ where: { articleId: article.id } });
  await sourceDb.claim.update({ where: { id: someClaim.id }, data: { anchorMethod: "fuzzy", anchorScore: 0.8125 } });

  targetUrl = await useFreshSqliteDatabase("import-target");
  ({ db } = await import("../../server/db"));
  ({ importReview } = await import("../../server/data/import/import-review"));
  ({ getReviewDocument } = await import("../../server/data/articles/get-review-document"));
  exported = await getReviewDocument(editor("demo-user-editor"), DEMO_SLUG, sourceDb);
});

afterAll(async () => {
  await sourceDb.$disconnect();
  await db.$disconnect();
  removeSqliteDatabase(sourceUrl);
  removeSqliteDatabase(targetUrl);
});

describe("importing a JSON export", () => {
  it("refuses a reader and an anonymous visitor", async () => {
    await expect(importReview(null, exported)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(importReview({ id: "x", email: "r@x.test", name: "R", role: "reader" }, exported)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses ratings by reviewers without an account here, names them, and writes nothing", async () => {
    const { createUser } = await import("../../prisma/factories");
    const onlyEditor = await createUser(db, { ...DEMO_USERS.find((u) => u.role === "editor")!, password: DEMO_PASSWORD });
    const error = await importReview(editor(onlyEditor.id), exported).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT", details: { missingReviewerEmails: ["reviewer@demo.claimcheck.test"] } });
    expect((error as Error).message).toContain("reviewer@demo.claimcheck.test");
    expect(await db.article.count()).toBe(0);
    expect(await db.source.count()).toBe(0);
  });

  it("refuses a file whose quote is not at its position, and writes nothing", async () => {
    const broken = structuredClone(exported);
    broken.claims[0]!.quote.exact = "words that are not there";
    await expect(importReview(editor("demo-user-editor"), broken)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.article.count()).toBe(0);
  });

  it("recreates the review exactly: export → import → export gives identical JSON", async () => {
    const { createUser } = await import("../../prisma/factories");
    for (const user of DEMO_USERS.filter((u) => u.role !== "editor")) await createUser(db, { ...user, password: DEMO_PASSWORD });
    const importer = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.claimcheck.test" } });
    const result = await importReview(editor(importer.id), exported);
    expect(result).toMatchObject({ slug: DEMO_SLUG, claims: exported.claims.length, sources: exported.sources.length });
    expect(exported.claims.length).toBeGreaterThan(10);
    expect(exported.previousRevisions).toHaveLength(1);
    expect(exported.claims.some((claim) => claim.anchor.method === "fuzzy")).toBe(true);

    const again = await getReviewDocument(editor(importer.id), DEMO_SLUG);
    expect({ ...again, exportedAt: "" }).toEqual({ ...exported, exportedAt: "" });
    const { toJson } = await import("../../domain/export");
    expect(toJson({ ...again, exportedAt: exported.exportedAt })).toBe(toJson(exported));
    expect(await db.auditEvent.count({ where: { action: "article.import" } })).toBe(1);
  });

  it("refuses the same file twice, and the first import stays as it was", async () => {
    const importer = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.claimcheck.test" } });
    await expect(importReview(editor(importer.id), exported)).rejects.toMatchObject({ code: "CONFLICT" });
    const renamed = structuredClone(exported);
    renamed.article.slug = "another-address";
    await expect(importReview(editor(importer.id), renamed)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.article.count()).toBe(1);
  });
});
