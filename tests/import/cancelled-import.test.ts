import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * A reviewer cancels a long import (the browser aborts the request): the server, told by the
 * request's signal, writes nothing, neither the article nor its revision nor an audit entry.
 * Real SQLite file.
 */

let url: string;
let db: typeof import("../../server/db").db;
let createArticle: typeof import("../../server/data/articles/create-article").createArticle;
let reviewer: Actor;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("cancelled-import");
  ({ db } = await import("../../server/db"));
  ({ createArticle } = await import("../../server/data/articles/create-article"));
  ({ reviewer } = await createTestActors(db, [["reviewer", "reviewer"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const longArticle = Array.from({ length: 2_000 }, (_, i) => `Paragraph ${i + 1}: vitamin D halves the risk of colds in adults.`).join("\n\n");

describe("a cancelled import", () => {
  it("writes nothing when the client went away before the article was written", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createArticle(reviewer, { title: "Cancelled import", author: null, format: "text", content: longArticle }, { signal: controller.signal })).rejects.toMatchObject({
      code: "CANCELLED",
      status: 499,
    });
    expect(await db.article.count()).toBe(0);
    expect(await db.articleRevision.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "article.create" } })).toBe(0);
  });

  it("writes the whole article when the signal is still live", async () => {
    const created = await createArticle(reviewer, { title: "Kept import", author: null, format: "text", content: longArticle }, { signal: new AbortController().signal });
    const stored = await db.article.findUniqueOrThrow({ where: { id: created.id }, include: { revisions: true } });
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]!.text).toContain("Paragraph 2000:");
  });
});
