import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importHtml } from "./import-html";

const newsPage = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");
const blockTexts = (document: { text: string; blocks: { start: number; end: number }[] }) =>
  document.blocks.map((b) => document.text.slice(b.start, b.end));

describe("importHtml: a realistic news page", () => {
  const imported = importHtml(newsPage);

  it("reads title, author, date and canonical URL from the metadata", () => {
    expect(imported.title).toBe("Vitamin K2 trial finds no slowing of valve calcification");
    expect(imported.author).toBe("Jane Q. Reporter");
    expect(imported.publishedAt).toBe("2022-04-26T07:30:00.000Z");
    expect(imported.sourceUrl).toBe("https://news.example.org/health/k2-valve-trial");
  });

  it("keeps the article's paragraphs, heading, quote and list items in order", () => {
    const { document } = imported;
    expect(document.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "heading",
      "quote",
      "paragraph",
      "list_item",
      "list_item",
      "comments_heading",
      "comment",
      "comment",
    ]);
    const texts = blockTexts(document);
    expect(texts[0]).toBe("A two-year trial of 365 men found that vitamin K2 with vitamin D did not slow the calcification of the aortic valve.");
    expect(texts[1]).toBe("Valve calcification rose by 275 units with the supplement and by 292 with placebo — a difference the authors called not significant.");
    expect(texts[3]).toBe("“We could not show a benefit,” said the lead author.");
    expect(document.blocks[2]?.level).toBe(2);
  });

  it("drops navigation, headers (the article's own, with its byline), footer, cookie banner, sharing, related stories, image text and the comment form", () => {
    const { text } = imported.document;
    for (const furniture of ["Home", "Politics", "cookies", "Accept all", "Share on Twitter", "Ten foods", "ALT LEAK", "CAPTION LEAK", "FORM LEAK", "Leave a Reply", "Post Comment", "All rights reserved", "Skip to content", "Reply", "By Jane"]) {
      expect(text, furniture).not.toContain(furniture);
    }
    expect(text).not.toMatch(/STYLE LEAK|ANALYTICS LEAK|JSON-LD/);
  });

  it("keeps reader comments as the comments section", () => {
    const comments = imported.document.blocks.filter((b) => b.section === "comments");
    expect(comments.map((b) => imported.document.text.slice(b.start, b.end))).toEqual([
      "2 thoughts on “Vitamin K2 trial”",
      "Everyone should take K2 anyway.",
      "Which dose did they use?",
    ]);
  });
});

describe("importHtml: hostile markup", () => {
  const hostile = `<html><head><style>p{background:url(javascript:alert('STYLE'))}</style></head><body>
    <p onclick="alert('HANDLER')" onmouseover="steal()">Safe text one.</p>
    <script>alert('SCRIPT ONE')</script>
    <script type="module">import("//evil.example/x.js")</script>
    <p>Click <a href="javascript:alert('LINK')">this link</a> now.</p>
    <img src=x onerror="alert('ONERROR')">
    <svg><script>alert('SVG SCRIPT')</script><text>SVG TEXT</text></svg>
    <noscript><p>NOSCRIPT TEXT</p></noscript>
    <template><p>TEMPLATE TEXT</p></template>
    <iframe srcdoc="<script>alert('IFRAME')</script>">IFRAME TEXT</iframe>
    <p>Text &lt;script&gt;alert('escaped')&lt;/script&gt; shown as text.</p>
    <!-- <script>alert('COMMENT')</script> -->
  </body></html>`;
  const { document } = importHtml(hostile);

  it("keeps no trace of scripts, styles, handlers or javascript: URLs", () => {
    expect(document.text).not.toMatch(/SCRIPT ONE|evil\.example|HANDLER|steal|ONERROR|STYLE|LINK'|SVG|NOSCRIPT|TEMPLATE|IFRAME|COMMENT|javascript:/);
    expect(blockTexts(document)).toEqual(["Safe text one.", "Click this link now.", "Text <script>alert('escaped')</script> shown as text."]);
  });

  it("outputs plain text: escaped markup stays visible text, no element survives", () => {
    const withoutEscapedExample = document.text.replace("<script>alert('escaped')</script>", "");
    expect(withoutEscapedExample).not.toMatch(/[<>]/);
  });
});

describe("importHtml: structure and text", () => {
  it("turns nested lists into list items with their nesting level", () => {
    const { document } = importHtml("<ul><li>Fruit<ul><li>Apple</li><li>Pear<ol><li>Conference</li></ol></li></ul></li><li>Cheese</li></ul>");
    expect(blockTexts(document)).toEqual(["Fruit", "Apple", "Pear", "Conference", "Cheese"]);
    expect(document.blocks.map((b) => [b.kind, b.level])).toEqual([
      ["list_item", 1],
      ["list_item", 2],
      ["list_item", 2],
      ["list_item", 3],
      ["list_item", 1],
    ]);
  });

  it("decodes named, numeric and hexadecimal entities", () => {
    const { document } = importHtml("<p>Caf&eacute; &amp; bar &#8212; 5&nbsp;&micro;g &#x2264; 10&hellip; &quot;ok&quot; &copy;</p>");
    expect(document.text).toBe("Café & bar — 5 µg ≤ 10… \"ok\" ©");
  });

  it("treats CRLF like LF and collapses source line breaks inside a paragraph", () => {
    const lf = importHtml("<p>One\nline.</p>\n<p>Two<br>lines.</p>");
    const crlf = importHtml("<p>One\r\nline.</p>\r\n<p>Two<br>lines.</p>");
    expect(crlf.document).toEqual(lf.document);
    expect(lf.document.text).toBe("One line.\n\nTwo\nlines.");
  });

  it("prefers the longest <article> to the rest of the page", () => {
    const { document } = importHtml(
      "<body><div>Site intro text.</div><article><p>Short teaser.</p></article><article><p>The real article, which is much longer than the teaser.</p></article></body>",
    );
    expect(document.text).toBe("The real article, which is much longer than the teaser.");
  });

  it("falls back to <main>, then to <body>", () => {
    expect(importHtml("<body><div>Outside.</div><main><p>Inside main.</p></main></body>").document.text).toBe("Inside main.");
    expect(importHtml("<body><div>Loose <b>text</b></div><p>And a paragraph.</p></body>").document.text).toBe("Loose text\n\nAnd a paragraph.");
  });

  it("keeps table rows as paragraphs and preformatted text line by line", () => {
    const { document } = importHtml("<table><tr><th>Dose</th><th>Result</th></tr><tr><td>180 µg</td><td>better</td></tr></table><pre>line one\n  line two</pre>");
    expect(blockTexts(document)).toEqual(["Dose Result", "180 µg better", "line one\nline two"]);
  });

  it("reads JSON-LD when there are no meta tags, and ignores malformed JSON-LD", () => {
    const page = `<head><script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"BlogPosting","headline":"From JSON-LD","author":[{"name":"Ann Lee"},{"name":"Bo Chen"}],"datePublished":"2019-03-01"}]}</script></head>
      <body><p>Body.</p></body>`;
    const imported = importHtml(page);
    expect(imported.title).toBe("From JSON-LD");
    expect(imported.author).toBe("Ann Lee, Bo Chen");
    expect(imported.publishedAt).toBe("2019-03-01T00:00:00.000Z");
    expect(imported.sourceUrl).toBeNull();
  });

  it("returns nulls, not errors, for a page without metadata or text", () => {
    expect(importHtml("")).toEqual({ title: null, author: null, publishedAt: null, sourceUrl: null, siteName: null, document: { text: "", blocks: [] } });
    const bad = importHtml('<link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="soon"><p>x</p>');
    expect(bad.sourceUrl).toBeNull();
    expect(bad.publishedAt).toBeNull();
  });

  it("drops the heading that repeats the title, uses the <h1> inside a longer <title>", () => {
    const imported = importHtml("<title>Big news | Site</title><h1>Big news</h1><p>Body text.</p>");
    expect(imported.title).toBe("Big news");
    expect(imported.document.text).toBe("Body text.");
  });
});

describe("importHtml: metadata as real pages get it wrong", () => {
  it("reads the author from a byline that ends with a date, and takes that date when the page gives no other", () => {
    for (const [byline, date] of [
      ["FEDERICA LUSIARDI - 2019-04-10", "2019-04-10T00:00:00.000Z"],
      ["Jane Doe on April 10, 2019", "2019-04-10T00:00:00.000Z"],
      ["Jane Doe 10 Apr 2019", "2019-04-10T00:00:00.000Z"],
      ["Jane Doe | 10/04/2019", "2019-04-10T00:00:00.000Z"],
      ["Jane Doe — 04/25/2019", "2019-04-25T00:00:00.000Z"],
      ["Jane DoeNovember 15, 2019", "2019-11-15T00:00:00.000Z"],
      ["Jane DoeMonday, November 18, 2019", "2019-11-18T00:00:00.000Z"],
    ] as const) {
      const page = `<html><head><title>A headline</title></head><body><article><h1>A headline</h1><p class="byline">By ${byline}</p>
        <p>${"The first paragraph of the article says what happened and where it happened, at length. ".repeat(4)}</p>
        <p>${"The second paragraph adds what the people involved said about it afterwards, at length. ".repeat(4)}</p></article></body></html>`;
      const imported = importHtml(page);
      expect(imported.author, byline).toBe(byline.startsWith("FEDERICA") ? "FEDERICA LUSIARDI" : "Jane Doe");
      expect(imported.publishedAt, byline).toBe(date);
    }
  });

  it("reads JSON-LD with trailing commas, and the WebPage's date when the article object has none", () => {
    const page = `<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x","datePublished":"2018-04-18T14:39:09+02:00"}]}</script>
      <script type="application/ld+json">{"@type": "Article", "headline": "Trailing commas", "author": {"name": "Ann Lee",},}</script></head><body><p>Body.</p></body>`;
    const imported = importHtml(page);
    expect(imported.title).toBe("Trailing commas");
    expect(imported.author).toBe("Ann Lee");
    expect(imported.publishedAt).toBe("2018-04-18T12:39:09.000Z");
  });
});
