import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importArticle } from "./import-article";
import { importMarkdown } from "./import-markdown";

const jekyllPost = readFileSync(new URL("./fixtures/jekyll-post.md", import.meta.url), "utf8");
const texts = (document: { text: string; blocks: { start: number; end: number }[] }) => document.blocks.map((b) => document.text.slice(b.start, b.end));

describe("importMarkdown: a Jekyll post with YAML front matter", () => {
  const imported = importArticle(jekyllPost, "markdown");

  it("takes title, author, date, tags and canonical URL from the front matter", () => {
    expect(imported.title).toBe("Does vitamin K2 really reverse arterial calcification? A look at the trials");
    expect(imported.author).toBe("Dr. Maya Lindqvist");
    expect(imported.publishedAt).toBe("2021-03-04T09:00:00.000Z");
    expect(imported.sourceUrl).toBe("https://blog.example.org/2021/03/04/k2-calcification/");
    expect(imported.tags).toEqual(["vitamin-k2", "calcification", "supplements", "nutrition", "cardiology"]);
  });

  it("never puts the front matter in the text", () => {
    expect(imported.document.text).not.toMatch(/layout|canonical_url|excerpt_separator|search\s+engines|---/);
    expect(texts(imported.document)[0]).toBe("Vitamin K2 is often sold as a way to pull calcium out of arteries.\nThe evidence from randomised trials is much thinner than the marketing suggests.");
  });

  it("drops Liquid tags, Hugo shortcodes, kramdown attributes, images and the tags of inline HTML, keeping the wrapped text", () => {
    const { text } = imported.document;
    expect(text).not.toMatch(/\{%|%\}|\{\{|\}\}|include toc|figure src|notice--|\{:|<\/?(?:div|p|strong)|bar chart|chart\.png|page\.categories/);
    expect(texts(imported.document)).toEqual([
      "Vitamin K2 is often sold as a way to pull calcium out of arteries.\nThe evidence from randomised trials is much thinner than the marketing suggests.",
      "What the trials measured",
      "In the BASIK2 trial, 68 men with aortic valve calcification took 360 µg of menaquinone-7 a day for 18 months.\nThe calcification score rose in both groups, and the difference was not significant.",
      "score change: +275 (K2) vs +292 (placebo)",
      "The trial was small and not powered for clinical outcomes.",
      "Supplements are not a substitute for treatment your doctor prescribes.",
      "Dose: 360 µg a day",
      "Duration: 18 months",
      "Posted in .",
    ]);
  });
});

describe("importMarkdown: front matter variants", () => {
  it("reads Hugo's TOML front matter", () => {
    const imported = importMarkdown(`+++\ntitle = "From TOML"\nauthors = ["Ann Lee", "Bo Chen"]\ndate = 2020-05-01T08:00:00Z\ntags = ["a", "b"]\n+++\n\nBody text.`);
    expect(imported).toMatchObject({ title: "From TOML", author: "Ann Lee, Bo Chen", publishedAt: "2020-05-01T08:00:00.000Z", tags: ["a", "b"] });
    expect(imported.document.text).toBe("Body text.");
  });

  it("keeps unreadable front matter out of the text and gives no metadata from it", () => {
    const imported = importMarkdown("---\ntitle: [unclosed\n  : : :\n---\n\n# The heading title\n\nBody.");
    expect(imported.title).toBe("The heading title");
    expect(imported.document.text).toBe("Body.");
  });

  it("keeps the first heading as text when the front matter gives another title", () => {
    const imported = importMarkdown("---\ntitle: Front title\n---\n\n# Introduction\n\nBody.");
    expect(imported.title).toBe("Front title");
    expect(imported.document.text).toBe("Introduction\n\nBody.");
  });

  it("leaves a thematic break further down alone", () => {
    const imported = importMarkdown("# Title\n\nOne.\n\n---\n\nTwo.");
    expect(imported.document.text).toBe("One.\n\nTwo.");
  });
});
