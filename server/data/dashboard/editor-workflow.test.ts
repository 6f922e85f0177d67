import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../../../tests/support/test-database";

/** The editor's workflow against a real SQLite file: status moves with history, assignments, consensus, the dashboard's figures. */

let url: string;
let db: typeof import("../../db").db;
let ops: typeof import("../articles/change-article-status") &
  typeof import("../assignments/assign-reviewer") &
  typeof import("../assignments/unassign-reviewer") &
  typeof import("../assignments/list-assignments") &
  typeof import("../consensus/set-consensus-verdict") &
  typeof import("./list-dashboard-articles") &
  typeof import("./get-article-ratings") &
  typeof import("../ratings/rate-claim");
const actors: Record<"reader" | "reviewer" | "editor", Actor> = {} as never;
let slug: string;
let claimIds: string[];

beforeAll(async () => {
  url = await useFreshSqliteDatabase("editor-workflow");
  ({ db } = await import("../../db"));
  const { createUser, createArticleFromText, createClaimOnQuote } = await import("../../../prisma/factories");
  ops = {
    ...(await import("../articles/change-article-status")),
    ...(await import("../assignments/assign-reviewer")),
    ...(await import("../assignments/unassign-reviewer")),
    ...(await import("../assignments/list-assignments")),
    ...(await import("../consensus/set-consensus-verdict")),
    ...(await import("./list-dashboard-articles")),
    ...(await import("./get-article-ratings")),
    ...(await import("../ratings/rate-claim")),
  };
  for (const role of ["reader", "reviewer", "editor"] as const) {
    const user = await createUser(db, { email: `${role}@workflow.test`, name: `${role} person`, role, password: "a long test password" });
    actors[role] = { id: user.id, email: user.email, name: user.name, role };
  }
  const article = await createArticleFromText(db, { slug: "workflow", text: "Title\n\nTea cures colds.\n\nCoffee ends sleep.\n\nJuice is sweet.", createdById: actors.editor.id });
  slug = article.slug;
  claimIds = [];
  for (const quote of ["Tea cures colds.", "Coffee ends sleep.", "Juice is sweet."]) {
    claimIds.push((await createClaimOnQuote(db, { articleId: article.id, quote, createdById: actors.editor.id })).id);
  }
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

/** The claim version a user would have seen just now (every claim write, ratings included, sends it). */
const versionOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

describe("the editor's workflow", () => {
  it("moves draft → in review → published → archived → in review, records each move with who, and refuses skips", async () => {
    for (const status of ["in_review", "published", "archived", "in_review"] as const) await ops.changeArticleStatus(actors.editor, slug, status, { acknowledgeMissing: true });
    await ops.changeArticleStatus(actors.editor, slug, "published", { acknowledgeMissing: true });
    await expect(ops.changeArticleStatus(actors.editor, slug, "draft")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(ops.changeArticleStatus(actors.reviewer, slug, "archived")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const events = await db.auditEvent.findMany({ where: { action: "article.status" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => JSON.parse(e.afterJson!).status)).toEqual(["in_review", "published", "archived", "in_review", "published"]);
    expect(events.every((e) => e.actorId === actors.editor.id)).toBe(true);
    const view = await ops.getArticleRatings(actors.editor, slug);
    expect(view.history.filter((e) => e.action === "article.status")[0]).toMatchObject({ actorName: "editor person", after: { status: "published" } });
    await ops.changeArticleStatus(actors.editor, slug, "in_review");
  });

  it("assigns reviewers by email (not readers), lists the reviewer's assignments, and unassigns", async () => {
    await expect(ops.assignReviewer(actors.reviewer, slug, { email: actors.reviewer.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.assignReviewer(actors.editor, slug, { email: actors.reader.email })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(ops.assignReviewer(actors.editor, slug, { email: "nobody@workflow.test" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await ops.listAssignments(actors.reviewer)).toEqual([]);
    expect(await ops.assignReviewer(actors.editor, slug, { email: actors.reviewer.email })).toMatchObject({ created: true });
    expect(await ops.assignReviewer(actors.editor, slug, { email: actors.reviewer.email })).toMatchObject({ created: false });
    expect(await ops.listAssignments(actors.reviewer)).toMatchObject([{ slug, claimCount: 3, ratedByMeCount: 0 }]);
    await expect(ops.listAssignments(actors.reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await ops.unassignReviewer(actors.editor, slug, actors.reviewer.id);
    expect(await ops.listAssignments(actors.reviewer)).toEqual([]);
    await ops.assignReviewer(actors.editor, slug, { email: actors.reviewer.email });
    expect(await db.auditEvent.count({ where: { action: { in: ["article.assign", "article.unassign"] } } })).toBe(3);
  });

  it("counts progress and disagreements, computes alpha, and lets the editor settle the consensus against the version", async () => {
    const [tea, coffee] = claimIds as [string, string, string];
    await ops.rateClaim(actors.editor, tea, { version: await versionOf(tea), verdict: "contradicted", confidence: 4, rationale: "" });
    await ops.rateClaim(actors.reviewer, tea, { version: await versionOf(tea), verdict: "supported", confidence: 3, rationale: "" });
    await ops.rateClaim(actors.editor, coffee, { version: await versionOf(coffee), verdict: "mixed", confidence: 4, rationale: "" });
    await ops.rateClaim(actors.reviewer, coffee, { version: await versionOf(coffee), verdict: "mixed", confidence: 3, rationale: "" });

    const [row] = await ops.listDashboardArticles(actors.editor);
    expect(row).toMatchObject({ slug, status: "in_review", claimCount: 3, ratedCount: 2, disagreementCount: 1, reviewers: ["reviewer person"] });
    await expect(ops.listDashboardArticles(actors.reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const view = await ops.getArticleRatings(actors.editor, slug);
    expect(view.reviewers.map((r) => r.name).sort()).toEqual(["editor person", "reviewer person"]);
    expect(view.claims.find((c) => c.id === tea)).toMatchObject({ disagreement: true, consensus: "contradicted" });
    // Units (5,1) and (3,3): α = 1 − (n−1)·ΣoΔ/ΣnnΔ, negative here because the one disagreement spans the scale.
    expect(view.alpha).not.toBeNull();
    expect(view.alpha!).toBeLessThan(0.5);

    const claim = await db.claim.findUniqueOrThrow({ where: { id: tea } });
    await expect(ops.setConsensusVerdict(actors.reviewer, tea, { version: claim.version, verdict: "mixed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const settled = await ops.setConsensusVerdict(actors.editor, tea, { version: claim.version, verdict: "unsupported" });
    expect(settled).toMatchObject({ verdict: "unsupported", version: claim.version + 1 });
    await expect(ops.setConsensusVerdict(actors.editor, tea, { version: claim.version, verdict: "supported" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: tea } })).verdict).toBe("unsupported");
    expect(await db.auditEvent.count({ where: { action: "claim.consensus", entityId: tea } })).toBe(1);
  });

  it("gives alpha as null when there is nothing to compare", async () => {
    const { createArticleFromText } = await import("../../../prisma/factories");
    await createArticleFromText(db, { slug: "empty", text: "Nothing\n\nto rate.", createdById: actors.editor.id });
    expect((await ops.getArticleRatings(actors.editor, "empty")).alpha).toBeNull();
  });
});
