import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/** Issue 14.5: reviewers hand a draft over, editors send it back with a note or publish it knowing what is missing. */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/articles/change-article-status") &
  typeof import("../../server/data/articles/find-send-back-note") &
  typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/articles/create-article") &
  typeof import("../../server/data/articles/update-article") &
  typeof import("../../server/data/evidence/add-evidence");
const actors: Record<"reviewer" | "otherReviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("review-handoffs");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/change-article-status")),
    ...(await import("../../server/data/articles/find-send-back-note")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/articles/update-article")),
    ...(await import("../../server/data/evidence/add-evidence")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const lastMove = async (articleId: string) => {
  const event = await db.auditEvent.findFirstOrThrow({ where: { articleId, action: "article.status" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return JSON.parse(event.afterJson ?? "null") as Record<string, unknown>;
};

describe("handoffs", () => {
  it("a reviewer marks their draft ready for review, and may do nothing else with the status", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: "Handoff", author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    await expect(ops.changeArticleStatus(actors.reviewer, article.slug, "published")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.changeArticleStatus(actors.otherReviewer, article.slug, "in_review")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ready = await ops.changeArticleStatus(actors.reviewer, article.slug, "in_review");
    expect(ready.status).toBe("in_review");
    expect(await lastMove(article.id)).toMatchObject({ status: "in_review", handoff: "ready_for_review", byReviewer: true });
    await expect(ops.changeArticleStatus(actors.reviewer, article.slug, "draft")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the editor sends it back with a note the reviewers see, and the note goes once the review moves on", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: "Sent back", author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    await ops.changeArticleStatus(actors.reviewer, article.slug, "in_review");
    await ops.changeArticleStatus(actors.editor, article.slug, "draft", { note: "Add the Drake 2013 trial." });
    expect(await lastMove(article.id)).toMatchObject({ handoff: "sent_back", note: "Add the Drake 2013 trial." });
    expect(await ops.findSendBackNote(article.id)).toBe("Add the Drake 2013 trial.");
    await ops.changeArticleStatus(actors.reviewer, article.slug, "in_review");
    expect(await ops.findSendBackNote(article.id)).toBeNull();
  });

  it("a complete review publishes without any acknowledgement", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: "Complete", author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [], verdict: "unsupported" });
    await ops.addEvidence(actors.reviewer, claim.id, { source: { title: "A sleep study", authors: [], container: null, year: null, doi: null, pmid: null, url: null }, finding: "No effect.", locator: null, stance: "contradicts", studyDesign: "cohort", note: null });
    await ops.updateArticle(actors.editor, article.slug, { summary: "Overstated." });
    await expect(ops.changeArticleStatus(actors.editor, article.slug, "published")).resolves.toMatchObject({ status: "published" });
    expect(await lastMove(article.id)).not.toHaveProperty("missing");
  });

  it("publishing records what was still missing", async () => {
    const article = await ops.createArticle(actors.reviewer, { title: "Premature", author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
    await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 6, restatement: "", checkable: true, tags: [] });
    const missing = ["1 claim is not rated yet.", "1 checkable claim has no evidence.", "There is no summary.", "No reviewer is assigned."];
    // The API refuses a publication with gaps unless the editor acknowledged them: 409 naming what is missing.
    await expect(ops.changeArticleStatus(actors.editor, article.slug, "published")).rejects.toMatchObject({ code: "CONFLICT", details: { missing, unacknowledged: missing } });
    const partly = ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: missing.slice(1) });
    await expect(partly).rejects.toMatchObject({ code: "CONFLICT", details: { unacknowledged: ["1 claim is not rated yet."] } });
    await expect(partly).rejects.toThrow(/Publishing needs a confirmation: 1 claim is not rated yet\./);
    expect(await db.auditEvent.count({ where: { articleId: article.id, action: "article.status" } })).toBe(0);
    await ops.changeArticleStatus(actors.editor, article.slug, "published", { acknowledgeMissing: missing });
    expect(await lastMove(article.id)).toMatchObject({
      handoff: "published",
      missing: ["1 claim is not rated yet.", "1 checkable claim has no evidence.", "There is no summary.", "No reviewer is assigned."],
    });
  });
});
