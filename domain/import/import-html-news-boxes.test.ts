import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importHtml } from "./import-html";

const page = readFileSync(new URL("./fixtures/news-page-author-popup.html", import.meta.url), "utf8");
const texts = (document: { text: string; blocks: { start: number; end: number }[] }) => document.blocks.map((b) => document.text.slice(b.start, b.end));

describe("importHtml: a science news page with author pop-ups, a newsletter box and comments", () => {
  const imported = importHtml(page);
  const article = imported.document.blocks.filter((b) => b.section === "article");
  const articleTexts = article.map((b) => imported.document.text.slice(b.start, b.end));

  it("reads every author from dc.creator, the date, the canonical URL and the site name", () => {
    expect(imported.title).toBe("Radio bursts traced to a distant galaxy");
    expect(imported.author).toBe("Alexandra Witze, Davide Castelvecchi");
    expect(imported.publishedAt).toBe("2023-06-14T00:00:00.000Z");
    expect(imported.sourceUrl).toBe("https://www.science-weekly.example/articles/d41586-023-01234-5");
    expect(imported.siteName).toBe("Science Weekly");
  });

  it("starts with the article's first paragraph, not the author pop-ups", () => {
    expect(articleTexts[0]).toMatch(/^(?:Astronomers pin down|A repeating fast radio burst)/);
    expect(imported.document.text).not.toMatch(/Search for this author|Pub Med|Google Scholar|NEWS · 14 June/);
    expect(articleTexts).not.toContain("Alexandra Witze");
  });

  it("keeps the heading, quote, paragraphs and list items of the article, in order", () => {
    expect(articleTexts).toContain("A magnetar at the centre?");
    expect(article.find((b) => b.kind === "quote") && articleTexts[article.findIndex((b) => b.kind === "quote")]).toMatch(/^“This is the first time/);
    expect(articleTexts.filter((t) => /^(?:57 bursts|The host galaxy)/.test(t))).toHaveLength(2);
    const order = ["A repeating fast radio burst", "The team used the Arecibo", "A magnetar at the centre?", "The bursts last", "Other teams have since", "57 bursts were recorded"];
    const positions = order.map((start) => imported.document.text.indexOf(start));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("drops the newsletter box and the page furniture", () => {
    expect(imported.document.text).not.toMatch(/Sign up|delivered to your inbox|Email address|All rights reserved|Subjects/);
  });

  it("keeps the reader comments as the comments section, once", () => {
    const comments = imported.document.blocks.filter((b) => b.section === "comments");
    expect(comments.map((b) => imported.document.text.slice(b.start, b.end))).toEqual(["Could the bursts be artificial? Someone should check.", "Great reporting, thank you."]);
    expect(texts(imported.document).filter((t) => t.startsWith("Could the bursts"))).toHaveLength(1);
  });
});
