import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { INLINE_CLAIMS_LIMIT, overlayDataPath, renderReaderDocument } from "@/domain/overlay/reader-document";
import { isReaderSlug } from "@/domain/overlay/reader-slug";
import { renderReaderArticleHtml } from "@/domain/overlay/reader-article-html";
import { segmentBlocks } from "@/domain/overlay/segment-blocks";
import { buildReviewFixture, XSS_RESTATEMENT } from "../export/review-fixture";

describe("the static reader document", () => {
  const review = buildReviewFixture();
  const html = renderReaderDocument(review, { baseUrl: "https://claimcheck.example", assetVersion: "v1", pageVersion: 3 });

  it("has no inline script: only the external overlay and two data blocks", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1] ?? "", body: m[2] ?? "" }));
    expect(scripts.map((s) => s.attributes.trim())).toEqual(['src="/embed.js?v=v1" defer', 'type="application/ld+json" id="claim-review-jsonld"', 'type="application/json" id="claimcheck-review"']);
    expect(scripts[0]!.body).toBe("");
  });

  it("carries the overlay's data once and the ClaimReview JSON-LD once, neither able to close its element", () => {
    const data = /<script type="application\/json" id="claimcheck-review">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const overlay = JSON.parse(data) as { claims: Array<{ restatement: string }>; detailsUrl: string };
    expect(overlay.claims.length).toBe(review.claims.length);
    expect(overlay.detailsUrl).toMatch(/^https:\/\/claimcheck\.example\/api\/articles\/.+\/published-claims$/);
    expect(data).not.toContain("<");
    expect(html.split(XSS_RESTATEMENT).length, "the hostile restatement never appears unescaped").toBe(1);
    expect(html.match(/id="claim-review-jsonld"/g)).toHaveLength(1);
  });

  it("writes each highlight with only what the stylesheet and the overlay need: the first piece's id, its verdict", () => {
    const article = /<article class="article-text"[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
    const marks = [...article.matchAll(/<mark\b([^>]*)>/g)].map((m) => m[1]!);
    expect(marks.length).toBeGreaterThanOrEqual(review.claims.length - 1);
    for (const attributes of marks) {
      expect(attributes).toMatch(/ data-verdict=[a-z_]+(?= |$)/);
      expect(attributes, "an id or the claims it belongs to").toMatch(/ id=claim-[\w-]+(?= |$)| data-claim-ids=("[^"]+"|[\w-]+)/);
      expect(attributes).not.toMatch(/class=|aria-label|role=|tabindex|data-start/);
    }
  });

  it("writes the article compactly but parses to the same text: unquoted plain values, quotes unescaped in text, no optional </p>", () => {
    const article = /<article class="article-text"[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
    expect(article).not.toContain("</p>");
    expect(article).not.toMatch(/&#39;|&quot;/);
    const { document } = parseHTML(`<!DOCTYPE html><html><body><article>${article}</article></body></html>`);
    const blocks = [...document.querySelectorAll("article > *")];
    expect(blocks.length).toBe(review.revision.blocks.length);
    expect(blocks.map((block) => block.textContent)).toEqual(review.revision.blocks.map((block) => review.revision.text.slice(block.start, block.end)));
  });
});

describe("a long review's reader document", () => {
  const base = buildReviewFixture();
  const template = base.claims.find((claim) => !claim.anchor.orphaned)!;
  const claims = Array.from({ length: INLINE_CLAIMS_LIMIT + 1 }, (_, i) => ({ ...template, id: `long-claim-${i}`, restatement: `Long claim ${i}` }));
  const review = { ...base, claims };
  const html = renderReaderDocument(review, { baseUrl: "https://claimcheck.example", assetVersion: "v1", pageVersion: 12 });

  it("leaves the claims and their list to the client: a preloaded, versioned address instead of a data block", () => {
    expect(html).not.toContain('id="claimcheck-review"');
    expect(html).toContain(`<link rel="preload" id="claimcheck-review-data" href="${overlayDataPath(base.article.slug, 12)}" as="fetch" crossorigin="anonymous">`);
    expect(overlayDataPath("a-b", 12)).toBe("/api/reviews/a-b/overlay?v=12");
    expect(html).toContain("data-claim-list-pending");
    expect(html).not.toContain("data-list-claim-id");
    expect(html).toContain(`Claims (<span data-claim-count>${claims.length}</span>)`);
  });

  it("still carries one ClaimReview per rated claim", () => {
    const jsonLd = /<script type="application\/ld\+json" id="claim-review-jsonld">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const graph = JSON.parse(jsonLd) as { "@graph": Array<{ "@type": string }> };
    expect(graph["@graph"].filter((node) => node["@type"] === "ClaimReview")).toHaveLength(template.verdict ? claims.length : 0);
  });
});

describe("reader slugs", () => {
  it("accepts the app's slugs and refuses anything else, long ones included", () => {
    expect(isReaderSlug("reversing-calcification-vitamin-k2")).toBe(true);
    expect(isReaderSlug("a_b-1")).toBe(true);
    for (const bad of ["", "x".repeat(201), "a/b", "a b", "-a", "a%2F", "..", "é"]) expect(isReaderSlug(bad), bad).toBe(false);
  });
});

describe("the reader article's compact markup", () => {
  const paragraph = `He said "K2 <b>cures</b> & 'fixes' all"`;
  const text = `${paragraph}\n\nA quote`;
  const blocks = [
    { kind: "paragraph" as const, start: 0, end: paragraph.length, section: "article" as const },
    { kind: "quote" as const, start: paragraph.length + 2, end: text.length, section: "article" as const },
  ];
  const at = (part: string) => text.indexOf(part);
  const claims = [
    { id: "plain-1", start: at("K2"), end: at(" &") },
    { id: 'odd"id <x>', start: at("cures"), end: at("quote") },
  ];
  const html = renderReaderArticleHtml(text, segmentBlocks(blocks, claims), new Map([["plain-1", "supported"], ['odd"id <x>', null]]));

  it("escapes what a text node and an attribute must, quotes only values that need it, and parses back to the text", () => {
    expect(html).toBe(
      `<p>He said "<mark id=claim-plain-1 data-verdict=supported>K2 &lt;b&gt;</mark>` +
        `<mark data-claim-ids="plain-1 odd&quot;id &lt;x&gt;" data-verdict=supported data-outer-verdict=unrated>cures&lt;/b&gt;</mark>` +
        `<mark id="claim-odd&quot;id &lt;x&gt;" data-verdict=unrated> &amp; 'fixes' all"</mark>` +
        `<blockquote><mark data-claim-ids="odd&quot;id &lt;x&gt;" data-verdict=unrated>A </mark>quote</blockquote>`,
    );
    const { document } = parseHTML(`<!DOCTYPE html><html><body><article>${html}</article></body></html>`);
    const article = document.querySelector("article")!;
    expect([...article.children].map((block) => [block.tagName, block.textContent])).toEqual([
      ["P", paragraph],
      ["BLOCKQUOTE", "A quote"],
    ]);
    const marks = [...article.querySelectorAll("mark")].map((mark) => [mark.id, mark.getAttribute("data-claim-ids"), mark.getAttribute("data-verdict"), mark.getAttribute("data-outer-verdict")]);
    expect(marks).toEqual([
      ["claim-plain-1", null, "supported", null],
      ["", 'plain-1 odd"id <x>', "supported", "unrated"],
      ['claim-odd"id <x>', null, "unrated", null],
      ["", 'odd"id <x>', "unrated", null],
    ]);
  });
});
