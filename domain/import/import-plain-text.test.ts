import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPlainText } from "./import-plain-text";

const demoSource = readFileSync(new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url), "utf8");

describe("importPlainText", () => {
  it("reads the demo article's title, paragraphs and reader comments", () => {
    const { title, document } = importPlainText(demoSource);
    expect(title).toBe("Reversing calcification and the miracle of vitamin K2");
    expect(document.text.startsWith("Vitamin K2 is the only known substance")).toBe(true);
    const articleBlocks = document.blocks.filter((b) => b.section === "article");
    const commentBlocks = document.blocks.filter((b) => b.kind === "comment");
    expect(articleBlocks.length).toBeGreaterThan(30);
    expect(commentBlocks.length).toBeGreaterThan(5);
    expect(document.blocks.some((b) => b.kind === "comments_heading")).toBe(true);
  });

  it("drops the stray image caption and the Like buttons", () => {
    const { document } = importPlainText(demoSource);
    expect(document.text).not.toContain("international_dairy_week_banner");
    const blockTexts = document.blocks.map((b) => document.text.slice(b.start, b.end));
    expect(blockTexts).not.toContain("Like");
    expect(blockTexts.some((t) => /^Liked by/.test(t))).toBe(false);
  });

  it("keeps blocks contiguous with one blank line between them", () => {
    const { document } = importPlainText(demoSource);
    for (let i = 1; i < document.blocks.length; i++) {
      const previous = document.blocks[i - 1]!;
      const current = document.blocks[i]!;
      expect(document.text.slice(previous.end, current.start)).toBe("\n\n");
    }
    expect(document.text).toBe(document.text.normalize("NFC"));
    expect(document.text).not.toMatch(/\r/);
  });

  it("treats CRLF input like LF input", () => {
    const lf = importPlainText("Title here\n\nFirst paragraph.\n\nSecond one.");
    const crlf = importPlainText("Title here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.");
    expect(crlf).toEqual(lf);
    expect(lf.document.text).toBe("First paragraph.\n\nSecond one.");
  });
});
