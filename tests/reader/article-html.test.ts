import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText, type HighlightClaim } from "@/components/overlay/article-text";
import { renderArticleHtml } from "@/domain/overlay/article-html";
import { buildReaderModel, buildReaderPageModel } from "@/domain/overlay/reader-model";
import { buildReviewFixture } from "../export/review-fixture";

/** React writes ' as &#x27;; the string renderer as &#39;: the same character. */
const normalise = (html: string) => html.replaceAll("&#x27;", "&#39;");

describe("renderArticleHtml (the reader page's article body)", () => {
  it("writes the same markup as the ArticleText component, highlight for highlight", () => {
    const review = buildReviewFixture();
    const first = review.claims[0]!;
    // an overlapping claim and hostile text in a restatement
    review.claims.push({ ...first, id: "nested", restatement: `<img src=x onerror="alert('x')"> & "quoted"`, verdict: "contradicted", position: { ...first.position, end: first.position.start + 5 } });
    const model = buildReaderModel(review);
    const claims = new Map<string, HighlightClaim>(model.claims.map((c) => [c.id, { id: c.id, verdict: c.verdict, label: c.restatement }]));
    const fromReact = renderToStaticMarkup(createElement(ArticleText, { text: model.text, blocks: model.blocks, claims }));
    const inner = fromReact.replace(/^<div class="article-text">/, "").replace(/<\/div>$/, "");
    expect(normalise(renderArticleHtml(model.text, model.blocks, claims))).toBe(normalise(inner));
    expect(buildReaderPageModel(review).articleHtml).toBe(renderArticleHtml(model.text, model.blocks, claims));
    expect(inner).toContain('data-claim-ids="nested');
    expect(renderArticleHtml(model.text, model.blocks, claims)).not.toContain("<img");
  });

  it("escapes the article's text and every attribute value", () => {
    const text = `<script>alert("x")</script> & 'quoted'`;
    const html = renderArticleHtml(
      text,
      [{ block: { kind: "paragraph", start: 0, end: text.length, section: "article" } as never, segments: [{ start: 0, end: 8, claimIds: ['c"1'] }, { start: 8, end: text.length, claimIds: [] }] }],
      new Map([['c"1', { verdict: null, label: `"><script>` }]]),
    );
    expect(html).not.toMatch(/<script|onerror/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('data-claim-id="c&quot;1"');
  });
});

describe("the reader page model", () => {
  it("carries no evidence, citations, rationales or article text, and counts what the dialog will fetch", () => {
    const review = buildReviewFixture();
    const { model } = buildReaderPageModel(review);
    const serialized = JSON.stringify(model);
    for (const claim of review.claims) {
      if (claim.rationale) expect(serialized).not.toContain(claim.rationale);
      for (const item of claim.evidence) expect(serialized).not.toContain(item.finding);
    }
    const withEvidence = review.claims.find((c) => c.evidence.length > 0)!;
    expect(model.claims.find((c) => c.id === withEvidence.id)?.evidenceCount).toBe(withEvidence.evidence.length);
    expect(model.readingOrder).toEqual(buildReaderModel(review).readingOrder);
  });
});
