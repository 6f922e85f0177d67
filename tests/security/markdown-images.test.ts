import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { RichText } from "@/components/ui/rich-text";
import { exportReview } from "@/domain/export";
import { buildClaimDetails } from "@/domain/overlay/reader-model";
import { markdownToRichNodes } from "@/domain/overlay/markdown-to-rich";
import { pageContentSecurityPolicy } from "@/server/security/content-security-policy";
import { EXPORT_OPTIONS, buildReviewFixture } from "../export/review-fixture";

/**
 * Tracking pixels: a Markdown image in a summary or a rationale would make every reader's
 * browser fetch a third party's URL. Wherever user Markdown is rendered (the reader's summary
 * and claim details, the workspace preview, the HTML, Markdown and PDF reports) it shows as a
 * link or its alt text, never an <img>; and the pages' policy allows no third-party image.
 */

const PIXEL = "https://tracker.example/pixel.gif";
const MARKDOWN = `Our **verdict**: see ![Figure 2 of the trial](${PIXEL}) and ![](${PIXEL}?empty-alt).\n\n![logo][t]\n\n[t]: ${PIXEL}?reference`;

function imageNodes(markdown: string): number {
  let count = 0;
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === "image" || node.type === "imageReference") count++;
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(markdown));
  return count;
}

describe("Markdown images load nothing from elsewhere", () => {
  it("SafeMarkdown (the reader's summary, the workspace preview) renders them as links", () => {
    const html = renderToStaticMarkup(createElement(SafeMarkdown, null, MARKDOWN));
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(`<a href="${PIXEL}" rel="noopener noreferrer nofollow">Figure 2 of the trial</a>`);
    expect(html).toMatch(/>image<\/a>/);
    expect(html).toContain(">logo</a>");
  });

  it("the reader's claim details (rationale parsed on the server, rendered by RichText) hold no image", () => {
    const nodes = markdownToRichNodes(MARKDOWN);
    expect(JSON.stringify(nodes)).not.toMatch(/"img"|"src"/);
    const html = renderToStaticMarkup(createElement(RichText, { nodes }));
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(`<a href="${PIXEL}" rel="noopener noreferrer nofollow">Figure 2 of the trial</a>`);
  });

  it("RichText refuses an image node even when handed one", () => {
    const html = renderToStaticMarkup(createElement(RichText, { nodes: [["img" as "p", { src: PIXEL } as never, "alt"]] }));
    expect(html).not.toMatch(/<img/i);
  });

  it("the reader's claim details of a review with images in its rationales carry none", () => {
    const review = buildReviewFixture();
    const sources = new Map(review.sources.map((source) => [source.id, source]));
    for (const claim of review.claims) {
      const details = JSON.stringify(buildClaimDetails({ ...claim, rationale: MARKDOWN }, sources));
      expect(details).toContain(PIXEL);
      expect(details).not.toMatch(/"img"/);
    }
  });

  it("the HTML, Markdown and PDF reports show them as text or links, never as images", async () => {
    const review = buildReviewFixture();
    review.article.summary = MARKDOWN;
    for (const claim of review.claims) claim.rationale = MARKDOWN;
    for (const rating of review.claims.flatMap((claim) => claim.ratings)) rating.rationale = MARKDOWN;

    const html = String((await exportReview(review, "html", EXPORT_OPTIONS)).body);
    expect(html).not.toMatch(/<img\b/i);
    expect(html, "an element with a src attribute").not.toMatch(/<[a-z][^<>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/img-src[^;"]*https/);

    const markdown = String((await exportReview(review, "markdown", EXPORT_OPTIONS)).body);
    expect(markdown).toContain("tracker.example");
    expect(imageNodes(markdown), "image nodes in the Markdown report").toBe(0);

    const pdf = Buffer.from((await exportReview(review, "pdf", EXPORT_OPTIONS)).body as Uint8Array);
    expect(pdf.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
    const dir = mkdtempSync(join(tmpdir(), "markdown-images-"));
    writeFileSync(join(dir, "report.pdf"), pdf);
    expect(execFileSync("pdftotext", [join(dir, "report.pdf"), "-"], { encoding: "utf8" })).toContain("Figure 2 of the trial");
  });

  it("the pages' Content Security Policy allows images from this site and data: URLs only", () => {
    const imgSrc = pageContentSecurityPolicy(["sha256-abc"])
      .split("; ")
      .find((directive) => directive.startsWith("img-src "));
    expect(imgSrc).toBe("img-src 'self' data:");
  });
});
