import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { ZCreateOneClaimInput } from "../../domain/schemas/inputs";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { createTestActors } from "../support/test-actors";

/** Issue 14.4: select, pick a verdict, done: the claim and its maker's rating in one transaction. */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/create-claim") & typeof import("../../server/data/articles/create-article");
let actors: Record<"reviewer" | "editor", Actor>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("create-rated-claim");
  ({ db } = await import("../../server/db"));
  ops = { ...(await import("../../server/data/claims/create-claim")), ...(await import("../../server/data/articles/create-article")) };
  actors = await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]]);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let counter = 0;
const article = () => ops.createArticle(actors.reviewer, { title: `Rated ${++counter}`, author: null, content: "Coffee after 4 pm halves deep sleep. Most adults drink coffee.", format: "text" });
const input = (verdict?: "contradicted" | "not_checkable") => ZCreateOneClaimInput.parse({ start: 0, end: 35, ...(verdict ? { verdict } : {}) });

describe("creating a claim with a verdict", () => {
  it("records the claim, the maker's rating and the verdict in one step, with an audit event for each", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, input("contradicted"));
    expect([claim.verdict, claim.checkable, claim.version]).toEqual(["contradicted", true, 1]);
    const ratings = await db.rating.findMany({ where: { claimId: claim.id } });
    expect(ratings.map((r) => [r.reviewerId, r.verdict, r.confidence, r.rationale])).toEqual([[actors.reviewer.id, "contradicted", 3, ""]]);
    const events = await db.auditEvent.findMany({ where: { articleId: a.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["claim.create", "rating.save"]));
  });

  it("Not checkable as the verdict marks the claim not checkable", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, input("not_checkable"));
    expect([claim.verdict, claim.checkable]).toEqual(["not_checkable", false]);
  });

  it("without a verdict nothing is rated", async () => {
    const a = await article();
    const claim = await ops.createClaim(actors.reviewer, a.slug, input());
    expect(claim.verdict).toBeNull();
    expect(await db.rating.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("a refused creation (the same passage twice) leaves no rating behind", async () => {
    const a = await article();
    await ops.createClaim(actors.reviewer, a.slug, input("contradicted"));
    await expect(ops.createClaim(actors.reviewer, a.slug, input("contradicted"))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.rating.count({ where: { claim: { articleId: a.id } } })).toBe(1);
  });

  it("the input refuses a verdict on a claim marked not checkable, and unknown verdicts", () => {
    expect(ZCreateOneClaimInput.safeParse({ start: 0, end: 5, checkable: false, verdict: "supported" }).success).toBe(false);
    expect(ZCreateOneClaimInput.safeParse({ start: 0, end: 5, verdict: "true" }).success).toBe(false);
  });
});
