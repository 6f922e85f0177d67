import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectImportFormat } from "./detect-import-format";
import { importArticle } from "./import-article";

const demoSource = readFileSync(new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url), "utf8");

describe("detectImportFormat", () => {
  it.each([
    ["article.md", undefined, undefined, "markdown"],
    ["ARTICLE.MARKDOWN", undefined, undefined, "markdown"],
    ["page.htm", undefined, undefined, "html"],
    ["page.html", "text/plain", undefined, "html"],
    ["notes.txt", "text/html", "<p>x</p>", "text"],
    [undefined, "text/html; charset=utf-8", undefined, "html"],
    [undefined, "application/xhtml+xml", undefined, "html"],
    [undefined, "text/markdown", undefined, "markdown"],
    [undefined, undefined, undefined, "text"],
    [undefined, undefined, "<!DOCTYPE html><html><body>x</body></html>", "html"],
    [undefined, "text/plain", "<div><p>One</p><p>Two</p></div>", "html"],
    [undefined, "text/plain", "# Title\n\nSome *text*.", "markdown"],
    [undefined, undefined, "Intro\n\n- item one\n- item two\n\nSee [this](https://example.org).", "markdown"],
    [undefined, undefined, "Just a sentence. And 3 < 4 > 2.", "text"],
    ["upload", undefined, undefined, "text"],
  ])("%s, %s, %s → %s", (fileName, contentType, raw, expected) => {
    expect(detectImportFormat(fileName, contentType, raw)).toBe(expected);
  });

  it("sees the demo article as plain text despite its numbered, bulleted comments", () => {
    expect(detectImportFormat(undefined, undefined, demoSource)).toBe("text");
  });
});

describe("importArticle", () => {
  it("dispatches to the importer of each format and gives every result the same shape", () => {
    const text = importArticle("Title line\n\nA paragraph.", "text");
    const markdown = importArticle("# Title line\n\nA paragraph.", "markdown");
    const html = importArticle('<title>Title line</title><meta name="author" content="Ann"><p>A paragraph.</p>', "html");
    for (const imported of [text, markdown, html]) {
      expect(imported.title).toBe("Title line");
      expect(imported.document.text).toBe("A paragraph.");
      expect(Object.keys(imported).sort()).toEqual(["author", "document", "publishedAt", "siteName", "sourceUrl", "tags", "title"]);
    }
    expect(html.author).toBe("Ann");
    expect(markdown.author).toBeNull();
  });

  it("produces the same canonical text for the same article in each format", () => {
    const fromText = importArticle("Heading\n\nFirst paragraph.\n\nSecond paragraph.", "text").document.text;
    const fromMarkdown = importArticle("# Heading\n\nFirst paragraph.\n\nSecond paragraph.", "markdown").document.text;
    const fromHtml = importArticle("<h1>Heading</h1><p>First paragraph.</p><p>Second paragraph.</p>", "html").document.text;
    expect(fromMarkdown).toBe(fromText);
    expect(fromHtml).toBe(fromText);
  });
});
