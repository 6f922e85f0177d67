import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Every write to a review bumps the reader page's version inside its own transaction
 * (bumpReviewPageVersions, server/data/articles/bump-page-version.ts), not after its commit:
 * - it moves with the write, by exactly one, and not for a write that was refused;
 * - with the version frozen by a database trigger (any bump fails), the write fails whole and
 *   leaves nothing behind. A bump after the commit would leave the change committed under the
 *   old version: the state in which every instance keeps serving the old page.
 */
let url: string;
let db: typeof import("../../server/db").db;
let data: {
  addEvidence: typeof import("../../server/data/evidence/add-evidence").addEvidence;
  updateEvidence: typeof import("../../server/data/evidence/update-evidence").updateEvidence;
  removeEvidence: typeof import("../../server/data/evidence/remove-evidence").removeEvidence;
  changeArticleStatus: typeof import("../../server/data/articles/change-article-status").changeArticleStatus;
  updateArticle: typeof import("../../server/data/articles/update-article").updateArticle;
};
let editor: import("../../server/authz").Actor;
const SLUG = "reversing-calcification-vitamin-k2";
const CLAIM = "demo-claim-06";

beforeAll(async () => {
  url = await useFreshSqliteDatabase("page-version-in-write-transactions");
  ({ db } = await import("../../server/db"));
  await (await import("../../prisma/seed")).seedDemo(db);
  data = {
    addEvidence: (await import("../../server/data/evidence/add-evidence")).addEvidence,
    updateEvidence: (await import("../../server/data/evidence/update-evidence")).updateEvidence,
    removeEvidence: (await import("../../server/data/evidence/remove-evidence")).removeEvidence,
    changeArticleStatus: (await import("../../server/data/articles/change-article-status")).changeArticleStatus,
    updateArticle: (await import("../../server/data/articles/update-article")).updateArticle,
  };
  const user = await db.user.findFirstOrThrow({ where: { role: "editor" } });
  editor = { id: user.id, email: user.email, name: user.name, role: "editor" };
});

afterEach(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS freeze_page_version`);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const version = async () => (await db.article.findUniqueOrThrow({ where: { slug: SLUG }, select: { pageVersion: true } })).pageVersion;
/** From now on any change of an article's page version fails (and with it the statement's transaction). */
const freezePageVersion = () =>
  db.$executeRawUnsafe(`CREATE TRIGGER freeze_page_version BEFORE UPDATE OF "pageVersion" ON "Article" BEGIN SELECT RAISE(ABORT, 'page version frozen'); END`);

const evidenceInput = async () => {
  const source = await db.source.findFirstOrThrow();
  return { sourceId: source.id, finding: "A finding written by the page-version test.", locator: null, stance: "supports" as const, studyDesign: "randomized_trial" as const, note: null };
};

describe("evidence writes", () => {
  it("adding, editing and removing an item each move the version by one", async () => {
    let before = await version();
    const added = await data.addEvidence(editor, CLAIM, await evidenceInput());
    expect(await version()).toBe(before + 1);
    before = await version();
    const { sourceId: _source, ...asAdded } = await evidenceInput();
    await data.updateEvidence(editor, added.id, { finding: "Edited finding.", locator: null, stance: "contradicts", studyDesign: "randomized_trial", note: null, base: asAdded });
    expect(await version()).toBe(before + 1);
    before = await version();
    await data.removeEvidence(editor, added.id);
    expect(await version()).toBe(before + 1);
  });

  it("a refused edit (someone saved in between) moves nothing", async () => {
    const added = await data.addEvidence(editor, CLAIM, await evidenceInput());
    const before = await version();
    const stale = { finding: "Not what is stored.", locator: null, stance: "supports" as const, studyDesign: "randomized_trial" as const, note: null };
    await expect(data.updateEvidence(editor, added.id, { ...stale, finding: "Mine.", base: stale })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await version()).toBe(before);
  });

  it("with the version frozen, adding or removing evidence fails whole: no item without a new version", async () => {
    const count = () => db.evidence.count({ where: { claimId: CLAIM } });
    const existing = await db.evidence.findFirstOrThrow({ where: { claimId: CLAIM } });
    const before = { count: await count(), version: await version() };
    await freezePageVersion();
    await expect(data.addEvidence(editor, CLAIM, await evidenceInput())).rejects.toThrow(/page version frozen/);
    await expect(data.removeEvidence(editor, existing.id)).rejects.toThrow(/page version frozen/);
    expect(await count()).toBe(before.count);
    expect(await version()).toBe(before.version);
  });
});

describe("article writes", () => {
  it("unpublishing and publishing again each move the version by one; a move to the same status moves nothing", async () => {
    let before = await version();
    await data.changeArticleStatus(editor, SLUG, "in_review");
    expect(await version()).toBe(before + 1);
    before = await version();
    await data.changeArticleStatus(editor, SLUG, "published", { acknowledgeMissing: true });
    expect(await version()).toBe(before + 1);
    before = await version();
    await data.changeArticleStatus(editor, SLUG, "published", { acknowledgeMissing: true });
    expect(await version()).toBe(before);
  });

  it("with the version frozen, unpublishing fails whole: the review stays published", async () => {
    await freezePageVersion();
    await expect(data.changeArticleStatus(editor, SLUG, "in_review")).rejects.toThrow(/page version frozen/);
    expect((await db.article.findUniqueOrThrow({ where: { slug: SLUG } })).status).toBe("published");
  });

  it("an edit of the title moves the version by one, and fails whole when it cannot", async () => {
    const before = await version();
    await data.updateArticle(editor, SLUG, { title: "Reversing calcification and the miracle of vitamin K2 (edited)" });
    expect(await version()).toBe(before + 1);
    await freezePageVersion();
    await expect(data.updateArticle(editor, SLUG, { title: "Never saved" })).rejects.toThrow(/page version frozen/);
    expect((await db.article.findUniqueOrThrow({ where: { slug: SLUG } })).title).toBe("Reversing calcification and the miracle of vitamin K2 (edited)");
  });
});
