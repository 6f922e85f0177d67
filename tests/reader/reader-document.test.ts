import { describe, expect, it } from "vitest";
import { renderReaderDocument } from "@/domain/overlay/reader-document";
import { isReaderSlug } from "@/domain/overlay/reader-slug";
import { buildReviewFixture, XSS_RESTATEMENT } from "../export/review-fixture";

describe("the static reader document", () => {
  const review = buildReviewFixture();
  const html = renderReaderDocument(review, { baseUrl: "https://claimcheck.example", assetVersion: "v1" });

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

  it("names each highlight by its visible text first", () => {
    for (const match of html.matchAll(/<mark [^>]*aria-label="([^"]*)"[^>]*>([^<]*)<\/mark>/g)) {
      expect(match[1]!.startsWith(match[2]!.trim())).toBe(true);
    }
  });
});

describe("reader slugs", () => {
  it("accepts the app's slugs and refuses anything else, long ones included", () => {
    expect(isReaderSlug("reversing-calcification-vitamin-k2")).toBe(true);
    expect(isReaderSlug("a_b-1")).toBe(true);
    for (const bad of ["", "x".repeat(201), "a/b", "a b", "-a", "a%2F", "..", "é"]) expect(isReaderSlug(bad), bad).toBe(false);
  });
});
