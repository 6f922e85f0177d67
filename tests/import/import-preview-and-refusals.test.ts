import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { createTestActors } from "../support/test-actors";

let url: string;
let db: typeof import("../../server/db").db;
let createArticle: typeof import("../../server/data/articles/create-article").createArticle;
let previewArticleImport: typeof import("../../server/import/preview-article-import").previewArticleImport;
let actors: Record<"reader" | "reviewer", Actor>;
const fixture = (name: string) => readFileSync(new URL(`../../domain/import/fixtures/${name}`, import.meta.url), "utf8");

/** A PNG signature and header followed by compressed-looking bytes, read as the browser reads a "notes.md". */
const disguisedPng = new TextDecoder().decode(
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 40_000 }, (_, i) => (i * 151) % 256)]),
);

/** An ELF program (header, machine code, a string table), read as the browser reads a "program renamed .txt". */
const disguisedProgram = new TextDecoder().decode(
  Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array.from({ length: 40_000 }, (_, i) => (i * 31 + (i >> 8)) % 256), ...Buffer.from("GLIBC_2.2.5\0printf\0main\0", "latin1")]),
);

beforeAll(async () => {
  url = await useFreshSqliteDatabase("import-preview");
  ({ db } = await import("../../server/db"));
  ({ createArticle } = await import("../../server/data/articles/create-article"));
  ({ previewArticleImport } = await import("../../server/import/preview-article-import"));
  actors = await createTestActors(db, [["reader", "reader"], ["reviewer", "reviewer"]]);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("import preview: the metadata shown for confirmation before import", () => {
  it("reports title, every author, date, canonical URL, site name and the opening of the news page", () => {
    const preview = previewArticleImport(actors.reviewer, { format: "html", content: fixture("news-page-author-popup.html") });
    expect(preview).toMatchObject({
      title: "Radio bursts traced to a distant galaxy",
      author: "Alexandra Witze, Davide Castelvecchi",
      publishedOn: "2023-06-14",
      sourceUrl: "https://www.science-weekly.example/articles/d41586-023-01234-5",
      siteName: "Science Weekly",
      comments: 2,
    });
    expect(preview.opening).toMatch(/^Astronomers pin down/);
  });

  it("reports the Jekyll post's front matter", () => {
    const preview = previewArticleImport(actors.reviewer, { format: "markdown", content: fixture("jekyll-post.md") });
    expect(preview).toMatchObject({ author: "Dr. Maya Lindqvist", publishedOn: "2021-03-04", tags: ["vitamin-k2", "calcification", "supplements", "nutrition", "cardiology"] });
    expect(preview.title).toMatch(/^Does vitamin K2 really reverse/);
  });

  it("is for those who may import", () => {
    expect(() => previewArticleImport(actors.reader, { format: "text", content: "Some text." })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("import refuses what is not an article, whatever the format says", () => {
  it.each(["markdown", "text", "html"] as const)("a PNG sent as %s is refused with a clear reason and nothing is saved", async (format) => {
    const before = await db.article.count();
    await expect(createArticle(actors.reviewer, { format, content: disguisedPng, title: "Notes", author: null })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "This looks like an image, not an article. Import the article's text, Markdown or HTML instead.",
      details: { fieldErrors: { content: ["This looks like an image, not an article. Import the article's text, Markdown or HTML instead."] } },
    });
    expect(() => previewArticleImport(actors.reviewer, { format, content: disguisedPng })).toThrow(/looks like an image/);
    expect(await db.article.count()).toBe(before);
  });

  it.each(["text", "markdown"] as const)("a program sent as %s is refused as a program and nothing is saved", async (format) => {
    const before = await db.article.count();
    await expect(createArticle(actors.reviewer, { format, content: disguisedProgram, title: "readme", author: null })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^This looks like a program, not an article\./),
    });
    expect(() => previewArticleImport(actors.reviewer, { format, content: disguisedProgram })).toThrow(/looks like a program/);
    expect(await db.article.count()).toBe(before);
  });

  it("imports the Jekyll post with its front matter title instead of refusing it", async () => {
    const article = await createArticle(actors.reviewer, { format: "markdown", content: fixture("jekyll-post.md"), author: null });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(stored.title).toBe("Does vitamin K2 really reverse arterial calcification? A look at the trials");
    expect(stored.author).toBe("Dr. Maya Lindqvist");
    expect(stored.revisions[0]!.text).not.toMatch(/layout: post|canonical_url/);
  });
});
