import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Issue 16.1: the claim's published verdict is the editors' consensus. A reviewer must not be
 * able to set it through any route that writes a claim (PATCH, rating, not-checkable toggle).
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/update-claim") &
  typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/ratings/rate-claim") &
  typeof import("../../server/data/consensus/set-consensus-verdict") &
  typeof import("../../server/data/articles/create-article");
const actors: Record<"reviewer" | "otherReviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("verdict-consensus");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/ratings/rate-claim")),
    ...(await import("../../server/data/consensus/set-consensus-verdict")),
    ...(await import("../../server/data/articles/create-article")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let counter = 0;
/** A claim the reviewer rated `supported` and the editor `contradicted`: the published verdict is the editor's. */
async function disputedClaim() {
  const article = await ops.createArticle(actors.reviewer, { title: `Disputed ${++counter}`, author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
  const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] });
  const afterReviewer = await ops.rateClaim(actors.reviewer, claim.id, { version: claim.version, verdict: "supported", confidence: 3, rationale: "" });
  const afterEditor = await ops.rateClaim(actors.editor, claim.id, { version: afterReviewer.claim.version, verdict: "contradicted", confidence: 4, rationale: "" });
  expect(afterEditor.claim.verdict).toBe("contradicted");
  return afterEditor.claim;
}
const stored = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });

describe("a reviewer cannot set the published verdict", () => {
  it("PUT consensus is refused (the route that exists for it)", async () => {
    const claim = await disputedClaim();
    await expect(ops.setConsensusVerdict(actors.reviewer, claim.id, { version: claim.version, verdict: "supported" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await stored(claim.id)).verdict).toBe("contradicted");
  });

  it("PATCH with a verdict is refused, and nothing is written", async () => {
    const claim = await disputedClaim();
    const attack = { version: claim.version, verdict: "supported" } as unknown as Parameters<typeof ops.updateClaim>[2];
    await expect(ops.updateClaim(actors.reviewer, claim.id, attack)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await stored(claim.id);
    expect(after.verdict).toBe("contradicted");
    expect(after.version).toBe(claim.version);
  });

  it("PATCH marking the claim not checkable is refused while the editor's verdict stands", async () => {
    const claim = await disputedClaim();
    await expect(ops.updateClaim(actors.reviewer, claim.id, { version: claim.version, checkable: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await stored(claim.id)).verdict).toBe("contradicted");
  });

  it("re-rating does not move a verdict the editor resolved, even when the reviewer alone agrees with themself", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: `Resolved ${++counter}`, author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] });
    const rated = await ops.rateClaim(actors.reviewer, claim.id, { version: claim.version, verdict: "supported", confidence: 3, rationale: "" });
    const resolved = await ops.setConsensusVerdict(actors.editor, claim.id, { version: rated.claim.version, verdict: "mixed" });
    const again = await ops.rateClaim(actors.reviewer, claim.id, { version: resolved.version, verdict: "supported", confidence: 5, rationale: "" });
    expect(again.consensusChanged).toBe(false);
    expect((await stored(claim.id)).verdict).toBe("mixed");
  });

  it("the editor still can, through PATCH as through consensus", async () => {
    const claim = await disputedClaim();
    const updated = await ops.updateClaim(actors.editor, claim.id, { version: claim.version, checkable: false });
    expect(updated.verdict).toBe("not_checkable");
  });

  it("a reviewer's rating still sets the verdict while every rating agrees", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: `Agreed ${++counter}`, author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] });
    const first = await ops.rateClaim(actors.reviewer, claim.id, { version: claim.version, verdict: "unsupported", confidence: 3, rationale: "" });
    expect(first.claim.verdict).toBe("unsupported");
    const changed = await ops.rateClaim(actors.reviewer, claim.id, { version: first.claim.version, verdict: "mixed", confidence: 3, rationale: "" });
    expect(changed.claim.verdict).toBe("mixed");
  });
});
