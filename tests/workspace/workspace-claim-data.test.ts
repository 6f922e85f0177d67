import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { ZAddEvidenceInput, ZCreateOneClaimInput, ZRateClaimInput } from "../../domain/schemas/inputs";
import { buildReaderModel } from "../../domain/overlay/reader-model";
import { buildWorkspaceModel } from "../../domain/overlay/workspace-model";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { createTestActors } from "../support/test-actors";

/**
 * Issue 18: the workspace page carries claim summaries only (getWorkspaceDocument), and the
 * editor fetches one claim's rationale, ratings and evidence when it is opened (getWorkspaceClaim).
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/articles/create-article") &
  typeof import("../../server/data/evidence/add-evidence") &
  typeof import("../../server/data/ratings/rate-claim") &
  typeof import("../../server/data/articles/get-workspace-document") &
  typeof import("../../server/data/articles/get-review-document") &
  typeof import("../../server/data/claims/get-workspace-claim");
let actors: Record<"reviewer" | "editor" | "outsider", Actor>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("workspace-claim-data");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/ratings/rate-claim")),
    ...(await import("../../server/data/articles/get-workspace-document")),
    ...(await import("../../server/data/articles/get-review-document")),
    ...(await import("../../server/data/claims/get-workspace-claim")),
  };
  actors = await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"], ["outsider", "reviewer"]]);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const TEXT = "Coffee after 4 pm halves deep sleep. Most adults drink coffee. Tea has less caffeine than coffee.";

async function reviewWithClaims() {
  const article = await ops.createArticle(actors.reviewer, { title: "Workspace data", author: null, content: TEXT, format: "text" });
  const rated = await ops.createClaim(actors.reviewer, article.slug, ZCreateOneClaimInput.parse({ start: 0, end: 35, verdict: "contradicted" }));
  const plain = await ops.createClaim(actors.reviewer, article.slug, ZCreateOneClaimInput.parse({ start: 37, end: 62 }));
  const evidence = (finding: string) =>
    ZAddEvidenceInput.parse({ source: { title: "Sleep and caffeine", authors: ["Drake, C."], year: 2013 }, finding, stance: "contradicts", studyDesign: "randomized_trial" });
  await ops.addEvidence(actors.reviewer, rated.id, evidence("Caffeine 6 h before bed cut sleep by an hour."));
  await ops.addEvidence(actors.reviewer, rated.id, evidence("Deep sleep fell by 20 %, not half."));
  const current = await db.claim.findUniqueOrThrow({ where: { id: rated.id } });
  await ops.rateClaim(actors.editor, rated.id, ZRateClaimInput.parse({ version: current.version, verdict: "unsupported", confidence: 4, rationale: "The **drop** is smaller." }));
  const article_ = await db.article.findUniqueOrThrow({ where: { slug: article.slug } });
  return { article: article_, rated, plain };
}

describe("the workspace page's data", () => {
  it("lists every claim as the reader model summarises it, with versions, evidence counts and the raters' names, and no evidence", async () => {
    const { article, rated, plain } = await reviewWithClaims();
    const model = buildWorkspaceModel(await ops.getWorkspaceDocument(article));
    const reader = buildReaderModel(await ops.getReviewDocument(actors.reviewer, article.slug));

    expect(model.claims.map((c) => c.id)).toEqual([rated.id, plain.id]);
    expect(model.claims.map(({ version: _v, checkable: _c, evidenceCount: _e, ...summary }) => summary)).toEqual(reader.claims.map(({ rationale: _r, evidence: _e, ...summary }) => summary));
    expect(model.claims.map((c) => c.evidenceCount)).toEqual([2, 0]);
    const versions = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" }, select: { version: true } });
    expect(model.claims.map((c) => c.version)).toEqual(versions.map((v) => v.version));
    expect(model.reviewerNames.sort()).toEqual([actors.editor.name, actors.reviewer.name].sort());
    expect([model.text, model.blocks.every((b) => b.segments.length === 0)]).toEqual([TEXT, true]);
    expect(JSON.stringify(model)).not.toContain("Deep sleep fell");
  });
});

describe("one claim's details", () => {
  it("carries its rationale, every rating and its evidence with citations", async () => {
    const { rated } = await reviewWithClaims();
    const details = await ops.getWorkspaceClaim(actors.editor, rated.id);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: rated.id } });
    expect([details.id, details.version, details.checkable, details.verdict, details.start, details.end, details.quote]).toEqual([rated.id, stored.version, true, stored.verdict, 0, 35, TEXT.slice(0, 35)]);
    expect(details.evidence.map((e) => [e.finding, e.stance])).toEqual([
      ["Caffeine 6 h before bed cut sleep by an hour.", "contradicts"],
      ["Deep sleep fell by 20 %, not half.", "contradicts"],
    ]);
    expect(details.evidence[0]!.citation).toContain("Sleep and caffeine");
    expect(details.ratings.map((r) => [r.reviewerEmail, r.verdict, r.confidence, r.rationale])).toEqual([
      [actors.reviewer.email, "contradicted", 3, ""],
      [actors.editor.email, "unsupported", 4, "The **drop** is smaller."],
    ]);
  });

  it("shows a reviewer their own email only, and hides a draft's claim from someone who may not read it", async () => {
    const { rated } = await reviewWithClaims();
    const seenByReviewer = await ops.getWorkspaceClaim(actors.reviewer, rated.id);
    expect(seenByReviewer.ratings.map((r) => r.reviewerEmail)).toEqual([actors.reviewer.email, undefined]);
    await expect(ops.getWorkspaceClaim(actors.outsider, rated.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.getWorkspaceClaim(null, rated.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.getWorkspaceClaim(actors.editor, "no-such-claim")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
