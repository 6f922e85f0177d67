import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/resize-claim") &
  typeof import("../../server/data/claims/split-claim") &
  typeof import("../../server/data/claims/merge-claims") &
  typeof import("../../server/data/claims/restore-claim") &
  typeof import("../../server/data/claims/create-claims") &
  typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/claims/delete-claim") &
  typeof import("../../server/data/claims/update-claim") &
  typeof import("../../server/data/claims/list-claim-suggestions") &
  typeof import("../../server/data/evidence/add-evidence") &
  typeof import("../../server/data/evidence/update-evidence") &
  typeof import("../../server/data/ratings/rate-claim") &
  typeof import("../../server/data/sources/search-sources") &
  typeof import("../../server/data/articles/create-article");
const actors: Record<"reader" | "reviewer" | "otherReviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("workspace-claims");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/claims/resize-claim")),
    ...(await import("../../server/data/claims/split-claim")),
    ...(await import("../../server/data/claims/merge-claims")),
    ...(await import("../../server/data/claims/restore-claim")),
    ...(await import("../../server/data/claims/create-claims")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/delete-claim")),
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/claims/list-claim-suggestions")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/evidence/update-evidence")),
    ...(await import("../../server/data/ratings/rate-claim")),
    ...(await import("../../server/data/sources/search-sources")),
    ...(await import("../../server/data/articles/create-article")),
  };
  Object.assign(actors, await createTestActors(db, [["reader", "reader"], ["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

/** The claim version a user would have seen just now (every claim write, ratings included, sends it). */
const versionOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

const TEXT = "Coffee after 4 pm halves deep sleep in adults. Most adults drink coffee every day.\n\nYou should always stop drinking coffee at noon.";
let counter = 0;
async function article() {
  return ops.createArticle(actors.reviewer, { title: `Coffee ${++counter}`, author: null, content: TEXT, format: "text" });
}
const claimInput = (start: number, end: number) => ({ start, end, restatement: "", checkable: true, tags: [] });
const source = { title: "Caffeine and sleep", authors: ["Drake C"], container: "J Clin Sleep Med", year: 2013, doi: "10.5664/jcsm.3170", pmid: null, url: null };

describe("adjusting a claim's boundaries", () => {
  it("extends to whole words, records before and after, and refuses a stale version", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 6));
    const resized = await ops.resizeClaim(actors.reviewer, claim.id, { version: claim.version, start: 0, end: 20 });
    expect(resized.exact).toBe("Coffee after 4 pm halves");
    expect(resized.version).toBe(claim.version + 1);
    await expect(ops.resizeClaim(actors.reviewer, claim.id, { version: claim.version, start: 0, end: 6 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).exact).toBe("Coffee after 4 pm halves");
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "claim.resize" } })).toBe(1);
  });

  it("refuses readers and other reviewers' articles", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 6));
    await expect(ops.resizeClaim(actors.reader, claim.id, { version: 1, start: 0, end: 20 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.resizeClaim(actors.otherReviewer, claim.id, { version: 1, start: 0, end: 20 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.resizeClaim(null, claim.id, { version: 1, start: 0, end: 20 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("splitting and merging", () => {
  it("splits at a word (a point inside a word moves to its start); the second part gets copies of the evidence", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 46));
    await ops.addEvidence(actors.reviewer, claim.id, { source, finding: "Caffeine 6 h before bed cut sleep by an hour.", locator: null, stance: "supports", studyDesign: "randomized_trial", note: null });
    const at = TEXT.indexOf("halves") + 2;
    const { first, second } = await ops.splitClaim(actors.reviewer, claim.id, { version: claim.version, at });
    expect(first.exact).toBe("Coffee after 4 pm");
    expect(second.exact).toBe("halves deep sleep in adults.");
    expect(await db.evidence.count({ where: { claimId: second.id } })).toBe(1);
    expect(await db.evidence.count({ where: { claimId: first.id } })).toBe(1);
  });

  it("refuses a split at the claim's edge", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 46));
    await expect(ops.splitClaim(actors.reviewer, claim.id, { version: claim.version, at: 3 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("merges two claims into the first: span, evidence and ratings move, the other is gone; a stale version changes nothing", async () => {
    const a = await article();
    const one = await ops.createClaim(actors.reviewer, a.slug, { ...claimInput(0, 17), restatement: "Late coffee" });
    const two = await ops.createClaim(actors.reviewer, a.slug, { ...claimInput(18, 46), restatement: "halves sleep" });
    await ops.addEvidence(actors.reviewer, two.id, { source, finding: "f", locator: null, stance: "supports", studyDesign: "cohort", note: null });
    await ops.rateClaim(actors.reviewer, two.id, { version: await versionOf(two.id), verdict: "mixed", confidence: 3, rationale: "" });
    const twoNow = await db.claim.findUniqueOrThrow({ where: { id: two.id } });
    await expect(ops.mergeClaims(actors.reviewer, { claims: [{ id: one.id, version: one.version }, { id: two.id, version: two.version }] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(2);
    const merged = await ops.mergeClaims(actors.reviewer, { claims: [{ id: one.id, version: one.version }, { id: two.id, version: twoNow.version }] });
    expect(merged.exact).toBe("Coffee after 4 pm halves deep sleep in adults.");
    expect(merged.restatement).toBe("Late coffee halves sleep");
    expect(await db.claim.findUnique({ where: { id: two.id } })).toBeNull();
    expect(await db.evidence.count({ where: { claimId: one.id } })).toBe(1);
    expect(await db.rating.count({ where: { claimId: one.id } })).toBe(1);
  });

  it("refuses to merge claims of different articles", async () => {
    const a = await article();
    const b = await article();
    const one = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 6));
    const two = await ops.createClaim(actors.reviewer, b.slug, claimInput(0, 6));
    await expect(ops.mergeClaims(actors.reviewer, { claims: [{ id: one.id, version: 1 }, { id: two.id, version: 1 }] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("delete and undo", () => {
  it("restores a deleted claim with its id, evidence and ratings, once", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, { ...claimInput(0, 46), restatement: "Keep me" });
    await ops.addEvidence(actors.reviewer, claim.id, { source, finding: "f", locator: "p. 2", stance: "contradicts", studyDesign: "cohort", note: null });
    await ops.rateClaim(actors.reviewer, claim.id, { version: await versionOf(claim.id), verdict: "contradicted", confidence: 4, rationale: "No." });
    await ops.deleteClaim(actors.reviewer, claim.id);
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    await expect(ops.restoreClaim(actors.otherReviewer, claim.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const restored = await ops.restoreClaim(actors.reviewer, claim.id);
    expect(restored).toMatchObject({ id: claim.id, restatement: "Keep me", verdict: "contradicted" });
    expect(await db.evidence.findMany({ where: { claimId: claim.id } })).toMatchObject([{ locator: "p. 2", stance: "contradicts" }]);
    expect(await db.rating.count({ where: { claimId: claim.id } })).toBe(1);
    await expect(ops.restoreClaim(actors.reviewer, claim.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("says when there is nothing to restore", async () => {
    await expect(ops.restoreClaim(actors.reviewer, "no-such-claim")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("suggestions and accepting them in bulk", () => {
  it("suggests check-worthy sentences, labels advice, and leaves out accepted ones", async () => {
    const a = await article();
    const suggestions = await ops.listClaimSuggestions(actors.reviewer, a.slug);
    expect(suggestions.map((s) => s.quote)).toContain("Coffee after 4 pm halves deep sleep in adults.");
    const advice = suggestions.find((s) => s.quote.startsWith("You should always"));
    expect(advice?.kind).toBe("advice");
    // Another passage than the advice: one reviewer cannot make two claims of the same span.
    const first = suggestions.find((s) => s !== advice)!;
    const created = await ops.createClaims(actors.reviewer, a.slug, {
      claims: [claimInput(first.start, first.end), { ...claimInput(advice!.start, advice!.end), checkable: false }],
    });
    expect(created).toHaveLength(2);
    expect(created[1]).toMatchObject({ checkable: false, verdict: "not_checkable" });
    const after = await ops.listClaimSuggestions(actors.reviewer, a.slug);
    expect(after.map((s) => s.quote)).not.toContain(first.quote);
    await expect(ops.listClaimSuggestions(actors.reader, a.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes none when one of the batch is invalid", async () => {
    const a = await article();
    await expect(ops.createClaims(actors.reviewer, a.slug, { claims: [claimInput(0, 6), claimInput(0, TEXT.length + 5)] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(0);
  });
});

describe("evidence and the bibliography", () => {
  it("edits an evidence item and finds its source from any reviewer's search, de-duplicated by DOI", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, claimInput(0, 46));
    const evidence = await ops.addEvidence(actors.reviewer, claim.id, { source: { ...source, doi: "https://doi.org/10.5664/JCSM.3170" }, finding: "f", locator: null, stance: "supports", studyDesign: "cohort", note: null });
    const asAdded = { finding: "f", locator: null, stance: "supports", studyDesign: "cohort", note: null } as const;
    const updated = await ops.updateEvidence(actors.reviewer, evidence.id, { finding: "Sleep fell by 41 minutes.", locator: "Table 2", stance: "partially_supports", studyDesign: "randomized_trial", note: "small sample", base: asAdded });
    expect(updated).toMatchObject({ finding: "Sleep fell by 41 minutes.", locator: "Table 2", stance: "partially_supports" });
    await expect(ops.updateEvidence(actors.otherReviewer, evidence.id, { finding: "x", locator: null, stance: "supports", studyDesign: "cohort", note: null, base: asAdded })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.source.count({ where: { doi: "10.5664/jcsm.3170" } })).toBe(1);
    const found = await ops.searchSources(actors.otherReviewer, { q: "caffeine drake", take: 10 });
    expect(found).toHaveLength(1);
    expect(found[0]!.citation).toContain("Caffeine and sleep");
    expect(await ops.searchSources(actors.otherReviewer, { q: "nothing-like-this", take: 10 })).toEqual([]);
    await expect(ops.searchSources(actors.reader, { q: "", take: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
