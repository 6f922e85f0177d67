import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCitationApa } from "@/domain/citations";
import { forgetFormattedReferences, REFERENCE_FORMAT } from "@/domain/export/source-citation";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Each source's formatted reference is stored with it (Source.reference), so that exports do
 * not run citeproc: stored when a source is saved, formatted and stored at the first read for
 * rows from before the column or from an older formatting, never taken from an imported file,
 * and what every export prints. On a real database (SQLite here, PostgreSQL through
 * tests/postgres/vitest.config.ts).
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: {
  createArticle: typeof import("../../server/data/articles/create-article").createArticle;
  createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
  addEvidence: typeof import("../../server/data/evidence/add-evidence").addEvidence;
  getReviewDocument: typeof import("../../server/data/articles/get-review-document").getReviewDocument;
  exportArticle: typeof import("../../server/data/export/export-article").exportArticle;
  importReview: typeof import("../../server/data/import/import-review").importReview;
};
const actors: Record<"reviewer" | "editor", Actor> = {} as never;
const BASE_URL = "https://claimcheck.example";

const SOURCE = {
  title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
  authors: ["Luo, G.", "Ducy, P."],
  container: "Nature",
  year: 1997,
  doi: "10.1038/386078a0",
  pmid: null,
  url: null,
};

beforeAll(async () => {
  url = await useFreshSqliteDatabase("source-references");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/articles/get-review-document")),
    ...(await import("../../server/data/export/export-article")),
    ...(await import("../../server/data/import/import-review")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]] as const, "references.example"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let articleCount = 0;
/** An article with one claim citing one new source; returns the article's slug and the source's id. */
async function articleCiting(source: typeof SOURCE): Promise<{ slug: string; sourceId: string }> {
  const text = "Vitamin K2 reverses calcification in every artery.";
  const article = await ops.createArticle(actors.reviewer, { title: `References ${++articleCount}`, author: null, format: "text", content: text });
  const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: text.length, restatement: "", checkable: true, tags: [] });
  const evidence = await ops.addEvidence(actors.reviewer, claim.id, { source, finding: "A finding.", locator: null, stance: "contradicts", studyDesign: "animal", note: null });
  return { slug: article.slug, sourceId: evidence.sourceId };
}

async function storedRow(id: string) {
  return db.source.findUniqueOrThrow({ where: { id }, select: { reference: true, referenceFormat: true, cslJson: true, updatedAt: true } });
}

describe("a source's formatted reference, stored with it", () => {
  it("is stored when the source is saved, as citeproc formats its CSL item", async () => {
    const { sourceId } = await articleCiting(SOURCE);
    const row = await storedRow(sourceId);
    expect(row.referenceFormat).toBe(REFERENCE_FORMAT);
    expect(row.reference).toBe(formatCitationApa(JSON.parse(row.cslJson)).trim());
    expect(row.reference).toContain("Spontaneous calcification of arteries");
  });

  it("is what every report prints: the stored text, not citeproc's", async () => {
    const { slug, sourceId } = await articleCiting({ ...SOURCE, doi: "10.1000/stored-1", title: "A study stored once" });
    await db.source.update({ where: { id: sourceId }, data: { reference: "Stored, A. (2001). The stored reference text." } });
    forgetFormattedReferences();
    for (const format of ["markdown", "html", "csv-evidence"] as const) {
      const body = String((await ops.exportArticle(actors.reviewer, slug, format, BASE_URL)).body);
      expect(body, format).toContain("The stored reference text.");
      expect(body, format).not.toContain("(1997). A study stored once"); // citeproc's APA
    }
    // The JSON export leaves the derived text out: its CSL item is the source.
    const json = String((await ops.exportArticle(actors.reviewer, slug, "json", BASE_URL)).body);
    expect(json).not.toContain("The stored reference text.");
    expect(json).not.toContain('"reference"');
  });

  it("is formatted and stored at the first read for a row from before the column, leaving updatedAt alone", async () => {
    const { slug, sourceId } = await articleCiting({ ...SOURCE, doi: "10.1000/old-row-1", title: "An old row" });
    await db.source.update({ where: { id: sourceId }, data: { reference: null, referenceFormat: null } });
    const before = await storedRow(sourceId);

    const review = await ops.getReviewDocument(actors.reviewer, slug);
    const expected = formatCitationApa(JSON.parse(before.cslJson)).trim();
    expect(review.sources[0]!.reference).toBe(expected);
    const after = await storedRow(sourceId);
    expect(after).toMatchObject({ reference: expected, referenceFormat: REFERENCE_FORMAT });
    expect(after.updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
  });

  it("is formatted again when an older formatting made it", async () => {
    const { slug, sourceId } = await articleCiting({ ...SOURCE, doi: "10.1000/old-format-1", title: "A reference from an older formatting" });
    await db.source.update({ where: { id: sourceId }, data: { reference: "Text of an older formatting", referenceFormat: "apa-7/older" } });

    const markdown = String((await ops.exportArticle(actors.reviewer, slug, "markdown", BASE_URL)).body);
    expect(markdown).not.toContain("Text of an older formatting");
    expect(markdown).toContain("A reference from an older formatting");
    expect(await storedRow(sourceId)).toMatchObject({ referenceFormat: REFERENCE_FORMAT, reference: expect.stringContaining("A reference from an older formatting") });
  });

  it("is never taken from an imported file", async () => {
    const { slug } = await articleCiting({ ...SOURCE, doi: "10.1000/imported-1", title: "An imported source" });
    const exported = JSON.parse(String((await ops.exportArticle(actors.editor, slug, "json", BASE_URL)).body)) as {
      article: { slug: string };
      sources: Array<Record<string, unknown>>;
    };
    // Another instance: a fresh source id and DOI, and a reference the file should not dictate.
    exported.article.slug = `${slug}-imported`;
    exported.sources[0] = { ...exported.sources[0], id: "imported-source-1", doi: "10.1000/imported-2", csl: { ...(exported.sources[0]!.csl as object), DOI: "10.1000/imported-2" }, reference: "Injected reference text" };
    const claims = (exported as unknown as { claims: Array<{ id: string; evidence: Array<{ id: string; sourceId: string }>; ratings: unknown[] }> }).claims;
    claims.forEach((claim, c) => {
      claim.id = `imported-claim-${c}`;
      claim.evidence.forEach((item, e) => Object.assign(item, { id: `imported-evidence-${c}-${e}`, sourceId: "imported-source-1" }));
    });
    await ops.importReview(actors.editor, exported);

    const row = await storedRow("imported-source-1");
    expect(row.referenceFormat).toBe(REFERENCE_FORMAT);
    expect(row.reference).not.toContain("Injected");
    expect(row.reference).toContain("An imported source");
  });
});
