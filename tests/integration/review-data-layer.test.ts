import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

let url: string;
let db: typeof import("../../server/db").db;
let ops: {
  createArticle: typeof import("../../server/data/articles/create-article").createArticle;
  createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
  updateClaim: typeof import("../../server/data/claims/update-claim").updateClaim;
  addEvidence: typeof import("../../server/data/evidence/add-evidence").addEvidence;
  rateClaim: typeof import("../../server/data/ratings/rate-claim").rateClaim;
  changeArticleStatus: typeof import("../../server/data/articles/change-article-status").changeArticleStatus;
  getReviewDocument: typeof import("../../server/data/articles/get-review-document").getReviewDocument;
};
const actors: Record<"reader" | "reviewer" | "otherReviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("review-data-layer");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/ratings/rate-claim")),
    ...(await import("../../server/data/articles/change-article-status")),
    ...(await import("../../server/data/articles/get-review-document")),
  };
  Object.assign(actors, await createTestActors(db, [["reader", "reader"], ["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

/** The claim version a user would have seen just now (every claim write, ratings included, sends it). */
const versionOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

const article = { title: "Coffee and sleep", author: null, content: "Coffee after 4 pm halves deep sleep.\n\nMost adults drink coffee.", format: "text" as const };

describe("creating articles and claims", () => {
  it("refuses readers and anonymous users, and writes nothing", async () => {
    await expect(ops.createArticle(null, article)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(ops.createArticle(actors.reader, article)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.article.count()).toBe(0);
  });

  it("stores the article's canonical text as revision 1 and records the creation", async () => {
    const created = await ops.createArticle(actors.reviewer, article);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: created.id } });
    expect(revision.number).toBe(1);
    expect(revision.text).toBe("Coffee after 4 pm halves deep sleep.\n\nMost adults drink coffee.");
    expect(revision.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "article.create" } })).toBe(1);
  });

  it("snaps a claim to whole words and stores both selectors", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Snapping" });
    const claim = await ops.createClaim(actors.reviewer, created.slug, { start: 2, end: 20, restatement: "", checkable: true, tags: [] });
    expect(claim.exact).toBe("Coffee after 4 pm halves");
    expect(claim.start).toBe(0);
    expect(claim.suffix.startsWith(" deep sleep.")).toBe(true);
  });

  it("hides another reviewer's draft from a reviewer who is not assigned", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Private draft" });
    await expect(ops.createClaim(actors.otherReviewer, created.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.assignment.create({ data: { articleId: created.id, userId: actors.otherReviewer.id } });
    await expect(ops.createClaim(actors.otherReviewer, created.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] })).resolves.toMatchObject({ exact: "Coffee" });
  });
});

describe("optimistic concurrency", () => {
  it("gives the second of two saves from the same version a conflict, and keeps the first", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Two editors" });
    const claim = await ops.createClaim(actors.reviewer, created.slug, { start: 0, end: 10, restatement: "", checkable: true, tags: [] });
    await ops.updateClaim(actors.reviewer, claim.id, { version: claim.version, restatement: "first" });
    await expect(ops.updateClaim(actors.editor, claim.id, { version: claim.version, restatement: "second" })).rejects.toMatchObject({ code: "CONFLICT" });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.restatement).toBe("first");
    expect(stored.version).toBe(claim.version + 1);
  });
});

describe("evidence and sources", () => {
  it("reuses one source for the same DOI written differently", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Sources" });
    const claim = await ops.createClaim(actors.reviewer, created.slug, { start: 0, end: 10, restatement: "", checkable: true, tags: [] });
    const base = { finding: "Less deep sleep.", locator: null, stance: "supports" as const, studyDesign: "randomized_trial" as const, note: null };
    const source = { title: "Caffeine and sleep", authors: ["Drake C"], container: "J Clin Sleep Med", year: 2013, pmid: null, url: null };
    const first = await ops.addEvidence(actors.reviewer, claim.id, { ...base, source: { ...source, doi: "10.5664/JCSM.3170" } });
    const second = await ops.addEvidence(actors.reviewer, claim.id, { ...base, source: { ...source, doi: "https://doi.org/10.5664/jcsm.3170" } });
    expect(second.sourceId).toBe(first.sourceId);
    expect(await db.source.count({ where: { doi: "10.5664/jcsm.3170" } })).toBe(1);
    const review = await ops.getReviewDocument(actors.reviewer, created.slug);
    expect(review.claims[0]!.evidence).toHaveLength(2);
    expect(review.sources).toHaveLength(1);
  });
});

describe("ratings and the consensus verdict", () => {
  it("follows agreeing reviewers, waits for the editor when they disagree, and the editor decides", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Consensus" });
    await db.assignment.create({ data: { articleId: created.id, userId: actors.otherReviewer.id } });
    const claim = await ops.createClaim(actors.reviewer, created.slug, { start: 0, end: 10, restatement: "", checkable: true, tags: [] });
    await ops.rateClaim(actors.reviewer, claim.id, { version: await versionOf(claim.id), verdict: "unsupported", confidence: 4, rationale: "No trial." });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("unsupported");
    await ops.rateClaim(actors.otherReviewer, claim.id, { version: await versionOf(claim.id), verdict: "supported", confidence: 2, rationale: "" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("unsupported");
    await ops.rateClaim(actors.editor, claim.id, { version: await versionOf(claim.id), verdict: "mixed", confidence: 3, rationale: "Both have a point." });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict).toBe("mixed");
    expect(await db.rating.count({ where: { claimId: claim.id } })).toBe(3);
  });
});

describe("workflow", () => {
  it("lets editors publish and refuses reviewers and impossible moves", async () => {
    const created = await ops.createArticle(actors.reviewer, { ...article, title: "Workflow" });
    await expect(ops.changeArticleStatus(actors.reviewer, created.slug, "published")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await ops.changeArticleStatus(actors.editor, created.slug, "published", { acknowledgeMissing: true });
    await expect(ops.changeArticleStatus(actors.editor, created.slug, "draft")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const events = await db.auditEvent.findMany({ where: { entityId: created.id, action: "article.status" } });
    expect(events.map((e) => JSON.parse(e.afterJson ?? "{}").status)).toEqual(["published"]);
    // Published reviews are readable by anyone.
    await expect(ops.getReviewDocument(null, created.slug)).resolves.toMatchObject({ article: { status: "published" } });
  });
});
