import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The claims' full-text index on a real database (SQLite here, PostgreSQL through
 * tests/postgres/vitest.config.ts): kept in step by the migrations' triggers on create, edit,
 * delete, title change and unpublish, and never answering with an unpublished claim.
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: {
  createArticle: typeof import("../../server/data/articles/create-article").createArticle;
  createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
  createClaims: typeof import("../../server/data/claims/create-claims").createClaims;
  updateClaim: typeof import("../../server/data/claims/update-claim").updateClaim;
  deleteClaim: typeof import("../../server/data/claims/delete-claim").deleteClaim;
  updateArticle: typeof import("../../server/data/articles/update-article").updateArticle;
  changeArticleStatus: typeof import("../../server/data/articles/change-article-status").changeArticleStatus;
  listCheckedBefore: typeof import("../../server/data/claim-search/list-checked-before").listCheckedBefore;
  copyEvidence: typeof import("../../server/data/evidence/copy-evidence").copyEvidence;
  addEvidence: typeof import("../../server/data/evidence/add-evidence").addEvidence;
  searchSimilarClaims: typeof import("../../server/data/claim-search/search-similar-claims").searchSimilarClaims;
  forgetClaimCorpusStatistics: typeof import("../../server/data/claim-search/claim-corpus-statistics").forgetClaimCorpusStatistics;
};
const actors: Record<"reviewer" | "otherReviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("claim-search");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/create-claims")),
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/claims/delete-claim")),
    ...(await import("../../server/data/articles/update-article")),
    ...(await import("../../server/data/articles/change-article-status")),
    ...(await import("../../server/data/claim-search/search-similar-claims")),
    ...(await import("../../server/data/claim-search/list-checked-before")),
    ...(await import("../../server/data/evidence/copy-evidence")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/claim-search/claim-corpus-statistics")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const, "search.example"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let articleCount = 0;
/** An article whose whole text is one claim; published unless said otherwise. */
async function reviewedClaim(text: string, options: { title?: string; publish?: boolean; restatement?: string; by?: Actor } = {}) {
  const title = options.title ?? `Review ${++articleCount}`;
  const article = await ops.createArticle(options.by ?? actors.reviewer, { title, author: null, content: text, format: "text" });
  const claim = await ops.createClaim(options.by ?? actors.reviewer, article.slug, { start: 0, end: text.length, restatement: options.restatement ?? "", checkable: true, tags: ["medical"] });
  if (options.publish !== false) await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
  return { article, claim };
}

/** One article whose sentences are its claims; published unless said otherwise. */
async function reviewedClaims(sentences: string[], options: { publish?: boolean } = {}) {
  const text = sentences.join(" ");
  const article = await ops.createArticle(actors.reviewer, { title: `Review ${++articleCount}`, author: null, content: text, format: "text" });
  let offset = 0;
  const spans = sentences.map((sentence) => {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    return { start, end: offset, restatement: "", checkable: true, tags: [] };
  });
  const claims = await ops.createClaims(actors.reviewer, article.slug, { claims: spans });
  if (options.publish !== false) await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
  return claims;
}

async function publishedMatches(text: string, limit = 10) {
  ops.forgetClaimCorpusStatistics();
  return ops.searchSimilarClaims({ text, limit, scope: { kind: "published" } });
}

describe("the claim search index", () => {
  it("finds a published claim repeated in other words, best first, with its reader link", async () => {
    const { article, claim } = await reviewedClaim("Vitamin K2 reverses the calcification of arteries within weeks.", { title: "The miracle of vitamin K2" });
    await reviewedClaim("Drinking coffee after four in the afternoon halves deep sleep.");
    const results = await publishedMatches("Wow, K2 vitamins reverse arterial calcification in a few weeks!! #health https://t.co/x");
    expect(results[0]).toMatchObject({ claimId: claim.id, articleSlug: article.slug, articleTitle: "The miracle of vitamin K2", url: `/articles/${article.slug}#claim-${claim.id}`, evidenceCount: 0 });
    expect(results[0]?.score).toBeGreaterThan(0);
    expect(results[0]?.score).toBeLessThanOrEqual(1);
    expect(results.some((r) => r.quote.includes("coffee"))).toBe(false);
  });

  it("follows an edited restatement and forgets the old wording", async () => {
    const { claim } = await reviewedClaim("Zebrafish regrow their hearts.");
    expect((await publishedMatches("zebrafish hearts")).map((r) => r.claimId)).toContain(claim.id);
    // Published claims cannot be edited by reviewers: reopen, edit, publish again.
    const slug = (await db.article.findFirstOrThrow({ where: { id: claim.articleId } })).slug;
    await ops.changeArticleStatus(actors.editor, slug, "in_review");
    const edited = await ops.updateClaim(actors.reviewer, claim.id, { version: claim.version, restatement: "Axolotls regenerate whole limbs." });
    await ops.changeArticleStatus(actors.editor, slug, "published", { acknowledgeMissing: true });
    expect((await publishedMatches("axolotl limb regeneration")).map((r) => r.claimId)).toContain(claim.id);
    expect((await publishedMatches("zebrafish hearts")).map((r) => r.claimId)).toContain(claim.id); // the quote still says so
    await ops.changeArticleStatus(actors.editor, slug, "in_review");
    await ops.updateClaim(actors.reviewer, claim.id, { version: edited.version, restatement: "Newts regrow their tails." });
    await ops.changeArticleStatus(actors.editor, slug, "published", { acknowledgeMissing: true });
    expect(await publishedMatches("axolotl limb regeneration")).toEqual([]);
    expect((await publishedMatches("newts tails")).map((r) => r.claimId)).toContain(claim.id);
  });

  it("follows the article's title", async () => {
    const { article, claim } = await reviewedClaim("It is safe for everyone.", { title: "Ibuprofen before marathons" });
    expect((await publishedMatches("marathon ibuprofen")).map((r) => r.claimId)).toContain(claim.id);
    await ops.changeArticleStatus(actors.editor, article.slug, "in_review");
    await ops.updateArticle(actors.editor, article.slug, { title: "Paracetamol for toddlers" });
    await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
    expect((await publishedMatches("marathon ibuprofen")).map((r) => r.claimId)).not.toContain(claim.id);
    expect((await publishedMatches("paracetamol toddlers")).map((r) => r.claimId)).toContain(claim.id);
  });

  it("drops a deleted claim", async () => {
    const { article, claim } = await reviewedClaim("Saltwater gargles cure influenza overnight.");
    expect((await publishedMatches("gargle saltwater influenza")).map((r) => r.claimId)).toContain(claim.id);
    await ops.changeArticleStatus(actors.editor, article.slug, "in_review");
    await ops.deleteClaim(actors.reviewer, claim.id);
    expect(await publishedMatches("gargle saltwater influenza")).toEqual([]);
    await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
    expect(await publishedMatches("gargle saltwater influenza")).toEqual([]);
  });

  it("drops a deleted article's claims", async () => {
    const { article } = await reviewedClaim("Moonlight ripens tomatoes faster than sunlight.");
    expect(await publishedMatches("moonlight tomatoes")).toHaveLength(1);
    await db.article.delete({ where: { id: article.id } });
    expect(await publishedMatches("moonlight tomatoes")).toEqual([]);
  });

  it("never answers with an unpublished claim, and answers again once it is published", async () => {
    const { article, claim } = await reviewedClaim("Turmeric tablets dissolve kidney stones.", { publish: false });
    expect(await publishedMatches("turmeric kidney stones")).toEqual([]);
    await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
    expect((await publishedMatches("turmeric kidney stones")).map((r) => r.claimId)).toEqual([claim.id]);
    await ops.changeArticleStatus(actors.editor, article.slug, "in_review");
    expect(await publishedMatches("turmeric kidney stones")).toEqual([]);
  });

  it("shows reviewers the reviews in progress they work on, and editors all of them", async () => {
    const { claim } = await reviewedClaim("Garlic necklaces repel mosquitoes.", { publish: false });
    const search = (actor: Actor) => ops.searchSimilarClaims({ text: "garlic mosquitoes", limit: 5, scope: { kind: "workspace", actor } });
    expect((await search(actors.reviewer)).map((r) => r.claimId)).toEqual([claim.id]);
    expect(await search(actors.otherReviewer)).toEqual([]);
    expect((await search(actors.editor)).map((r) => r.claimId)).toEqual([claim.id]);
    expect(await ops.searchSimilarClaims({ text: "garlic mosquitoes", limit: 5, scope: { kind: "workspace", actor: actors.editor }, excludeClaimId: claim.id })).toEqual([]);
  });

  it("hands the re-ranker claims in scope only, also when more claims match than the index hands on", async () => {
    // The drafts match the query better. PostgreSQL ranks the index's best 100 (RANKED_BEFORE_SCOPE)
    // before applying the scope: all drafts here, so for everyone it must rank every match in scope.
    const drafts = await reviewedClaims(Array.from({ length: 105 }, (_, i) => `Pangolin scales and pangolin blood cure quokka fever, case ${i + 1}.`), { publish: false });
    const published = await reviewedClaims(Array.from({ length: 35 }, (_, i) => `Pangolin scales are traded in market ${i + 1}.`));
    const query = "Pangolin scales and pangolin blood cure quokka fever";
    const publishedIds = new Set(published.map((claim) => claim.id));
    const forEveryone = await publishedMatches(query, 50);
    expect(forEveryone).toHaveLength(30); // CANDIDATE_COUNT
    expect(forEveryone.filter((r) => !publishedIds.has(r.claimId))).toEqual([]);
    const draftIds = new Set(drafts.map((claim) => claim.id));
    const forAnEditor = await ops.searchSimilarClaims({ text: query, limit: 50, scope: { kind: "workspace", actor: actors.editor } });
    expect(forAnEditor).toHaveLength(30);
    expect(forAnEditor.every((r) => draftIds.has(r.claimId))).toBe(true);
  });

  it("answers nothing for text without words, and respects the limit", async () => {
    expect(await publishedMatches("!!! ... ???")).toEqual([]);
    await reviewedClaim("Onions in socks draw out fevers.");
    await reviewedClaim("Onions in the room absorb fevers.");
    expect(await publishedMatches("onions fevers", 1)).toHaveLength(1);
  });
});

describe("checked before, in the workspace", () => {
  it("lists an earlier published review of the same claim as probably the same, and copies its evidence once, reusing the source", async () => {
    const earlier = await reviewedClaim("Cracking your knuckles causes arthritis in the hands.", { publish: false });
    await ops.addEvidence(actors.reviewer, earlier.claim.id, { finding: "No link in 300 people.", locator: null, note: null, stance: "contradicts", studyDesign: "cross_sectional", source: { title: "Knuckle cracking and hand arthritis", authors: [], container: null, year: null, doi: null, pmid: null } });
    await ops.changeArticleStatus(actors.editor, earlier.article.slug, "published", { acknowledgeMissing: true });
    const current = await reviewedClaim("Cracking your knuckles causes arthritis in your hands, says my aunt.", { publish: false, by: actors.otherReviewer });

    ops.forgetClaimCorpusStatistics();
    const { matches } = await ops.listCheckedBefore(actors.otherReviewer, current.claim.id);
    expect(matches[0]).toMatchObject({ claimId: earlier.claim.id, strength: "probably_same", articleStatus: "published", evidenceCount: 1 });
    await expect(ops.listCheckedBefore(actors.reviewer, current.claim.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const sourcesBefore = await db.source.count();
    expect(await ops.copyEvidence(actors.otherReviewer, current.claim.id, { fromClaimId: earlier.claim.id })).toHaveLength(1);
    expect(await ops.copyEvidence(actors.otherReviewer, current.claim.id, { fromClaimId: earlier.claim.id })).toHaveLength(0);
    expect(await db.source.count()).toBe(sourcesBefore);
    const copied = await db.evidence.findMany({ where: { claimId: current.claim.id } });
    const original = await db.evidence.findFirstOrThrow({ where: { claimId: earlier.claim.id } });
    expect(copied).toMatchObject([{ sourceId: original.sourceId, finding: "No link in 300 people.", stance: "contradicts" }]);
  });

  it("refuses to copy from a review the reviewer may not see, or onto a claim they do not work on", async () => {
    const hidden = await reviewedClaim("Chewing gum stays in the stomach for seven years.", { publish: false });
    const mine = await reviewedClaim("Swallowed gum stays inside you for seven years.", { publish: false, by: actors.otherReviewer });
    await expect(ops.copyEvidence(actors.otherReviewer, mine.claim.id, { fromClaimId: hidden.claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.copyEvidence(actors.reviewer, mine.claim.id, { fromClaimId: hidden.claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.evidence.count({ where: { claimId: mine.claim.id } })).toBe(0);
  });
});
