import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Storing a source's formatted reference (completeSourceReferences, the backfill a read does for
 * sources without a current reference) is a write to what reader pages show: the citations in
 * claim dialogs. Like every other write (page-version-in-write-transactions.test.ts) it bumps, in
 * its own transaction, the page version of each review citing a stored source, and only those;
 * with the version frozen by a trigger nothing is stored, and the read still answers.
 */
let url: string;
let db: typeof import("../../server/db").db;
let getReviewDocument: typeof import("../../server/data/articles/get-review-document").getReviewDocument;
const DEMO = "reversing-calcification-vitamin-k2";
const CITING = "another-review-citing-the-source";
const UNRELATED = "a-review-citing-nothing";
let sourceId: string;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("page-version-source-references");
  ({ db } = await import("../../server/db"));
  await (await import("../../prisma/seed")).seedDemo(db);
  ({ getReviewDocument } = await import("../../server/data/articles/get-review-document"));
  const { createArticleFromText, createClaimOnQuote, createEvidence } = await import("../../prisma/factories");
  const editor = await db.user.findFirstOrThrow({ where: { role: "editor" } });
  const source = await db.source.findFirstOrThrow({ where: { evidence: { some: { claim: { article: { slug: DEMO } } } } } });
  sourceId = source.id;
  const citing = await createArticleFromText(db, { slug: CITING, text: "Another article\n\nVitamin K2 cures everything.", createdById: editor.id, status: "published" });
  const claim = await createClaimOnQuote(db, { articleId: citing.id, quote: "Vitamin K2 cures everything.", createdById: editor.id, verdict: "contradicted" });
  await createEvidence(db, { claimId: claim.id, sourceId, finding: "It does not.", stance: "contradicts", studyDesign: "randomized_trial" });
  await createArticleFromText(db, { slug: UNRELATED, text: "Unrelated\n\nNothing cited here.", createdById: editor.id, status: "published" });
});

afterEach(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS freeze_page_version`);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const versions = async () =>
  Object.fromEntries((await db.article.findMany({ select: { slug: true, pageVersion: true } })).map((article) => [article.slug, article.pageVersion]));
const storedReference = async () => (await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { reference: true } })).reference;
/** As if the source had been stored before references existed: the next read formats and stores it. */
const forgetReference = () => db.source.update({ where: { id: sourceId }, data: { reference: null, referenceFormat: null } });
const freezePageVersion = () =>
  db.$executeRawUnsafe(`CREATE TRIGGER freeze_page_version BEFORE UPDATE OF "pageVersion" ON "Article" BEGIN SELECT RAISE(ABORT, 'page version frozen'); END`);
const citationIn = async (slug: string) => (await getReviewDocument(null, slug)).sources.find((source) => source.id === sourceId)?.reference;

describe("storing a formatted source reference", () => {
  it("bumps, once, the page version of every review citing the source, and of no other", async () => {
    await forgetReference();
    const before = await versions();
    const shown = await citationIn(DEMO);
    expect(shown).toMatch(/\S/);
    expect(await storedReference()).toBe(shown);
    expect(await versions()).toEqual({ ...before, [DEMO]: before[DEMO]! + 1, [CITING]: before[CITING]! + 1 });

    const after = await versions();
    expect(await citationIn(DEMO), "nothing left to store: no write, no bump").toBe(shown);
    expect(await versions()).toEqual(after);
  });

  it("stores nothing when the bump fails (the same transaction), and the read still shows the citation", async () => {
    await forgetReference();
    const before = await versions();
    await freezePageVersion();
    const shown = await citationIn(DEMO);
    expect(shown).toMatch(/\S/);
    expect(await storedReference()).toBeNull();
    expect(await versions()).toEqual(before);
  });
});
