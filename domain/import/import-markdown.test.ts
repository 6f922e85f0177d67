import { describe, expect, it } from "vitest";
import { importMarkdown } from "./import-markdown";

const blocksOf = (raw: string) => {
  const { document } = importMarkdown(raw);
  return document.blocks.map((b) => ({ kind: b.kind, text: document.text.slice(b.start, b.end), ...(b.level ? { level: b.level } : {}) }));
};

const article = `# Reversing calcification

Vitamin K2 is the **only** known substance that can *stop* and _reverse_ calcification.

## The evidence

> MGP-deficient mice develop calcification
> (Luo et al., 1997).

- matrix gla protein
- osteocalcin, see [the paper](https://doi.org/10.1038/382448a0)
  - in bone
1. first
2. second

![a banner](banner.png)

Text with \`inline code\` and ~~struck~~ words.

\`\`\`
const dose = "500 mcg";
\`\`\`
`;

describe("importMarkdown", () => {
  it("takes the first level-1 heading as the title and keeps headings, paragraphs, quotes and list items", () => {
    expect(importMarkdown(article).title).toBe("Reversing calcification");
    expect(blocksOf(article)).toEqual([
      { kind: "paragraph", text: "Vitamin K2 is the only known substance that can stop and reverse calcification." },
      { kind: "heading", text: "The evidence", level: 2 },
      { kind: "quote", text: "MGP-deficient mice develop calcification\n(Luo et al., 1997)." },
      { kind: "list_item", text: "matrix gla protein", level: 1 },
      { kind: "list_item", text: "osteocalcin, see the paper", level: 1 },
      { kind: "list_item", text: "in bone", level: 2 },
      { kind: "list_item", text: "first", level: 1 },
      { kind: "list_item", text: "second", level: 1 },
      { kind: "paragraph", text: "Text with inline code and ~~struck~~ words." },
      { kind: "paragraph", text: 'const dose = "500 mcg";' },
    ]);
  });

  it("drops images with their alt text and link targets", () => {
    const { document } = importMarkdown(article);
    expect(document.text).not.toContain("banner");
    expect(document.text).not.toContain("doi.org");
  });

  it("returns no title when there is no level-1 heading", () => {
    const imported = importMarkdown("## Only a subheading\n\nBody.");
    expect(imported.title).toBeNull();
    expect(blocksOf("## Only a subheading\n\nBody.")[0]).toEqual({ kind: "heading", text: "Only a subheading", level: 2 });
  });

  it("reads setext headings and reference links", () => {
    const raw = "Title\n=====\n\nSee [the study][luo] for details.\n\n[luo]: https://example.org/luo";
    expect(importMarkdown(raw).title).toBe("Title");
    expect(importMarkdown(raw).document.text).toBe("See the study for details.");
  });

  it("reduces raw HTML to its text and drops scripts in it", () => {
    const raw = 'Para with <b>bold</b> and <script>alert("inline")</script> end.\n\n<div onclick="x()">Block <em>html</em><script>alert("block")</script></div>\n\n<script>\nalert("script block")\n</script>\n';
    const { document } = importMarkdown(raw);
    expect(document.text).toBe("Para with bold and end.\n\nBlock html");
  });

  it("decodes entities and keeps paragraphs inside list items together", () => {
    const raw = "Caf&eacute; &amp; &#8212; ok\n\n- first paragraph\n\n  second paragraph\n- next";
    expect(blocksOf(raw)).toEqual([
      { kind: "paragraph", text: "Café & — ok" },
      { kind: "list_item", text: "first paragraph\nsecond paragraph", level: 1 },
      { kind: "list_item", text: "next", level: 1 },
    ]);
  });

  it("treats CRLF like LF", () => {
    expect(importMarkdown(article.replace(/\n/g, "\r\n"))).toEqual(importMarkdown(article));
  });

  it("marks lists inside a quote as quote text", () => {
    expect(blocksOf("> Said:\n> - one\n> - two").map((b) => b.kind)).toEqual(["quote", "quote", "quote"]);
  });
});
