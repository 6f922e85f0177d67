import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * "Same claim as" links on a real database (SQLite here, PostgreSQL through
 * tests/postgres/vitest.config.ts): symmetric, idempotent, audited, undone by unlinking, kept
 * through a claim's deletion and restore and a merge, and shown to readers ("Also checked in")
 * only when the other review is published.
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: {
  createArticle: typeof import("../../server/data/articles/create-article").createArticle;
  createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
  deleteClaim: typeof import("../../server/data/claims/delete-claim").deleteClaim;
  restoreClaim: typeof import("../../server/data/claims/restore-claim").restoreClaim;
  mergeClaims: typeof import("../../server/data/claims/merge-claims").mergeClaims;
  changeArticleStatus: typeof import("../../server/data/articles/change-article-status").changeArticleStatus;
  linkClaims: typeof import("../../server/data/claim-links/link-claims").linkClaims;
  unlinkClaims: typeof import("../../server/data/claim-links/unlink-claims").unlinkClaims;
  listClaimLinks: typeof import("../../server/data/claim-links/list-claim-links").listClaimLinks;
  listAlsoCheckedIn: typeof import("../../server/data/claim-links/list-also-checked-in").listAlsoCheckedIn;
};
const actors: Record<"reviewer" | "otherReviewer" | "editor" | "reader", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("claim-links");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/delete-claim")),
    ...(await import("../../server/data/claims/restore-claim")),
    ...(await import("../../server/data/claims/merge-claims")),
    ...(await import("../../server/data/articles/change-article-status")),
    ...(await import("../../server/data/claim-links/link-claims")),
    ...(await import("../../server/data/claim-links/unlink-claims")),
    ...(await import("../../server/data/claim-links/list-claim-links")),
    ...(await import("../../server/data/claim-links/list-also-checked-in")),
  };
  Object.assign(
    actors,
    await createTestActors(db, [["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"], ["reader", "reader"]] as const, "links.example"),
  );
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let articleCount = 0;
/** An article whose text is one claim (or two, split at `splitAt`); published unless said otherwise. */
async function reviewedClaim(text: string, options: { publish?: boolean; by?: Actor } = {}) {
  const by = options.by ?? actors.reviewer;
  const title = `Linked review ${++articleCount}`;
  const article = await ops.createArticle(by, { title, author: null, content: text, format: "text" });
  const claim = await ops.createClaim(by, article.slug, { start: 0, end: text.length, restatement: "", checkable: true, tags: [] });
  if (options.publish !== false) await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: true });
  return { article, claim, title };
}

async function linkCount() {
  return db.claimLink.count();
}

describe("same claim as", () => {
  it("links two claims once, symmetric, idempotent and audited", async () => {
    const published = await reviewedClaim("Vitamin K2 reverses arterial calcification.");
    const draft = await reviewedClaim("K2 undoes the calcification of arteries.", { publish: false });
    const before = await linkCount();

    const first = await ops.linkClaims(actors.reviewer, draft.claim.id, { toClaimId: published.claim.id });
    expect(first.created).toBe(true);
    expect(first.link).toMatchObject({ claimId: published.claim.id, articleTitle: published.title, articleStatus: "published", url: `/articles/${published.article.slug}#claim-${published.claim.id}` });
    // The same link asked again, and asked from the other end, is the same row.
    expect((await ops.linkClaims(actors.reviewer, draft.claim.id, { toClaimId: published.claim.id })).created).toBe(false);
    expect((await ops.linkClaims(actors.reviewer, published.claim.id, { toClaimId: draft.claim.id })).created).toBe(false);
    // Two at once still make one.
    await Promise.all([0, 1, 2].map(() => ops.linkClaims(actors.reviewer, draft.claim.id, { toClaimId: published.claim.id })));
    expect(await linkCount()).toBe(before + 1);

    expect((await ops.listClaimLinks(actors.reviewer, draft.claim.id)).map((l) => l.claimId)).toEqual([published.claim.id]);
    expect((await ops.listClaimLinks(actors.reviewer, published.claim.id)).map((l) => l.claimId)).toEqual([draft.claim.id]);
    const audit = await db.auditEvent.findMany({ where: { action: "claim.link", articleId: draft.article.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.afterJson!)).toMatchObject({ claimId: draft.claim.id, linkedClaimId: published.claim.id });

    // Neither claim changed: no version moved, so nobody's open edit conflicts.
    const versions = await db.claim.findMany({ where: { id: { in: [draft.claim.id, published.claim.id] } }, select: { version: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 1]);
  });

  it("is undone by unlinking from either end, and a repeated undo changes nothing", async () => {
    const a = await reviewedClaim("Coffee after four halves deep sleep.");
    const b = await reviewedClaim("Afternoon coffee cuts deep sleep by half.", { publish: false });
    await ops.linkClaims(actors.reviewer, b.claim.id, { toClaimId: a.claim.id });
    expect(await ops.unlinkClaims(actors.reviewer, a.claim.id, b.claim.id)).toEqual({ removed: true });
    expect(await ops.unlinkClaims(actors.reviewer, b.claim.id, a.claim.id)).toEqual({ removed: false });
    expect(await ops.listClaimLinks(actors.reviewer, b.claim.id)).toEqual([]);
    const audit = await db.auditEvent.findMany({ where: { action: "claim.unlink", articleId: a.article.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.beforeJson!)).toMatchObject({ createdById: actors.reviewer.id });
  });

  it("refuses a link to itself, to a claim the reviewer may not read, and by someone not on the review", async () => {
    const mine = await reviewedClaim("Eating carrots improves night vision.", { publish: false });
    const othersDraft = await reviewedClaim("Carrots let pilots see at night.", { publish: false, by: actors.otherReviewer });
    await expect(ops.linkClaims(actors.reviewer, mine.claim.id, { toClaimId: mine.claim.id })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(ops.linkClaims(actors.reviewer, mine.claim.id, { toClaimId: othersDraft.claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.linkClaims(actors.otherReviewer, mine.claim.id, { toClaimId: othersDraft.claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.linkClaims(actors.reader, mine.claim.id, { toClaimId: othersDraft.claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.linkClaims(actors.reviewer, mine.claim.id, { toClaimId: "no-such-claim" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An editor may link them; the reviewer then does not see the link to a draft they do not work on.
    await ops.linkClaims(actors.editor, mine.claim.id, { toClaimId: othersDraft.claim.id });
    expect(await ops.listClaimLinks(actors.reviewer, mine.claim.id)).toEqual([]);
    expect((await ops.listClaimLinks(actors.editor, mine.claim.id)).map((l) => l.claimId)).toEqual([othersDraft.claim.id]);
  });

  it("shows readers only the published reviews a claim is linked to, with absolute links", async () => {
    const opened = await reviewedClaim("The Great Wall of China is visible from the Moon.");
    const published = await reviewedClaim("You can see the Great Wall from the Moon with the naked eye.");
    const draft = await reviewedClaim("Astronauts saw the Great Wall from lunar orbit.", { publish: false });
    await ops.linkClaims(actors.editor, opened.claim.id, { toClaimId: published.claim.id });
    await ops.linkClaims(actors.editor, opened.claim.id, { toClaimId: draft.claim.id });
    const shown = await ops.listAlsoCheckedIn(opened.claim.id);
    expect(shown).toEqual([
      {
        claimId: published.claim.id,
        articleTitle: published.title,
        restatement: "You can see the Great Wall from the Moon with the naked eye.",
        verdict: null,
        url: expect.stringMatching(new RegExp(`^https?://[^/]+/articles/${published.article.slug}#claim-${published.claim.id}$`)),
      },
    ]);
    // Symmetric: the published one lists the opened one back.
    expect((await ops.listAlsoCheckedIn(published.claim.id)).map((c) => c.claimId)).toEqual([opened.claim.id]);
    // Unpublished: gone from readers' view, the link itself kept.
    await ops.changeArticleStatus(actors.editor, published.article.slug, "in_review");
    expect(await ops.listAlsoCheckedIn(opened.claim.id)).toEqual([]);
    expect((await ops.listClaimLinks(actors.editor, opened.claim.id)).map((l) => l.claimId).sort()).toEqual([published.claim.id, draft.claim.id].sort());
  });

  it("marks the linked review changed too when a review changes: its readers' \"Also checked in\" shows this one", async () => {
    const opened = await reviewedClaim("Cracking your knuckles causes arthritis.");
    const linked = await reviewedClaim("Knuckle cracking leads to arthritis in later life.");
    await ops.linkClaims(actors.editor, opened.claim.id, { toClaimId: linked.claim.id });
    const pageVersion = (slug: string) => db.article.findUniqueOrThrow({ where: { slug }, select: { pageVersion: true } }).then((a) => a.pageVersion);
    const before = { opened: await pageVersion(opened.article.slug), linked: await pageVersion(linked.article.slug) };
    // Unpublishing the linked review removes it from the opened review's "Also checked in": the
    // opened review's cached page and claim details (keyed by its page version) must not be served again.
    await ops.changeArticleStatus(actors.editor, linked.article.slug, "in_review");
    expect(await pageVersion(linked.article.slug)).toBeGreaterThan(before.linked);
    expect(await pageVersion(opened.article.slug)).toBeGreaterThan(before.opened);
  });

  it("keeps a deleted claim's links for its restore, and a merged claim's links on the claim that remains", async () => {
    const target = await reviewedClaim("Sugar makes children hyperactive.");
    const linked = await reviewedClaim("Sweets cause hyperactivity in kids.", { publish: false });
    await ops.linkClaims(actors.reviewer, linked.claim.id, { toClaimId: target.claim.id });
    await ops.deleteClaim(actors.reviewer, linked.claim.id);
    expect(await ops.listClaimLinks(actors.reviewer, target.claim.id)).toEqual([]);
    await ops.restoreClaim(actors.reviewer, linked.claim.id);
    expect((await ops.listClaimLinks(actors.reviewer, target.claim.id)).map((l) => l.claimId)).toEqual([linked.claim.id]);

    // Two claims of one article merged: the link of the one merged away moves to the one kept.
    const text = "Sugar is addictive. Sugar acts like a drug.";
    const article = await ops.createArticle(actors.reviewer, { title: "Merge me", author: null, content: text, format: "text" });
    const kept = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 19, restatement: "", checkable: true, tags: [] });
    const gone = await ops.createClaim(actors.reviewer, article.slug, { start: 20, end: text.length, restatement: "", checkable: true, tags: [] });
    await ops.linkClaims(actors.reviewer, gone.id, { toClaimId: target.claim.id });
    await ops.mergeClaims(actors.reviewer, { claims: [{ id: kept.id, version: kept.version }, { id: gone.id, version: gone.version }] });
    expect((await ops.listClaimLinks(actors.reviewer, kept.id)).map((l) => l.claimId)).toEqual([target.claim.id]);
  });
});
