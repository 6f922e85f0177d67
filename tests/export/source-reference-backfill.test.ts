import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Storing a missing reference at the first read is best effort: when the database refuses the
 * write (here a real SQLite trigger aborts every update of Source), the export still succeeds
 * with the reference formatted for it, and the next read tries again.
 */
let url: string;
let db: typeof import("../../server/db").db;
let reviewer: Actor;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("source-reference-backfill");
  ({ db } = await import("../../server/db"));
  ({ reviewer } = await createTestActors(db, [["reviewer", "reviewer"]] as const, "backfill.example"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

it("exports with the formatted reference when storing it fails, and stores it at a later read", async () => {
  const { createArticle } = await import("../../server/data/articles/create-article");
  const { createClaim } = await import("../../server/data/claims/create-claim");
  const { addEvidence } = await import("../../server/data/evidence/add-evidence");
  const { exportArticle } = await import("../../server/data/export/export-article");
  const text = "Vitamin K2 reverses calcification in every artery.";
  const article = await createArticle(reviewer, { title: "Backfill", author: null, format: "text", content: text });
  const claim = await createClaim(reviewer, article.slug, { start: 0, end: text.length, restatement: "", checkable: true, tags: [] });
  const source = { title: "Matrix GLA protein in arteries", authors: ["Luo, G."], container: "Nature", year: 1997, doi: "10.1038/386078a0", pmid: null, url: null };
  const { sourceId } = await addEvidence(reviewer, claim.id, { source, finding: "A finding.", locator: null, stance: "contradicts", studyDesign: "animal", note: null });
  await db.source.update({ where: { id: sourceId }, data: { reference: null, referenceFormat: null } });

  await db.$executeRawUnsafe(`CREATE TRIGGER "refuse_source_updates" BEFORE UPDATE ON "Source" BEGIN SELECT RAISE(ABORT, 'Source is read-only in this test'); END;`);
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const markdown = String((await exportArticle(reviewer, article.slug, "markdown", "https://claimcheck.example")).body);
    expect(markdown).toContain("Luo, G. (1997). Matrix GLA protein in arteries. Nature");
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("could not store formatted source references"), expect.anything());
    expect(await db.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ reference: null, referenceFormat: null });
  } finally {
    logged.mockRestore();
    await db.$executeRawUnsafe(`DROP TRIGGER "refuse_source_updates"`);
  }

  await exportArticle(reviewer, article.slug, "markdown", "https://claimcheck.example");
  expect(await db.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({ reference: expect.stringContaining("Matrix GLA protein in arteries") });
});
