import { describe, expect, it } from "vitest";
import { buildClaimReviews, claimReviewScriptContent, toClaimReview } from "@/domain/export/to-claimreview";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();

describe("toClaimReview", () => {
  const reviews = JSON.parse(toClaimReview(review, EXPORT_OPTIONS)) as Array<Record<string, unknown>>;

  it("is an array with one ClaimReview per rated claim, in reading order", () => {
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews.map((item) => item.url)).toEqual([
      "https://claimcheck.example/articles/vitamin-k2#claim-claim-mgp",
      "https://claimcheck.example/articles/vitamin-k2#claim-claim-mice",
      "https://claimcheck.example/articles/vitamin-k2#claim-claim-deaths",
      "https://claimcheck.example/articles/vitamin-k2#claim-claim-dose",
      "https://claimcheck.example/articles/vitamin-k2#claim-claim-half-life",
    ]);
  });

  it("has every property Google's Fact Check markup reads", () => {
    expect(reviews[1]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimcheck.example/articles/vitamin-k2#claim-claim-mice",
      claimReviewed: "MGP-knockout mice die within two months from arterial calcification.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Dr. Example Author" },
        datePublished: "2019-06-01",
        appearance: { "@type": "CreativeWork", url: "https://blog.example.com/vitamin-k2", headline: "Reversing calcification and the miracle of vitamin K2" },
      },
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example" },
      datePublished: "2025-03-02",
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Supported" },
    });
  });

  it("maps each verdict to its rating value and label", () => {
    expect(reviews.map((item) => (item.reviewRating as { ratingValue: number; alternateName: string })).map((rating) => [rating.ratingValue, rating.alternateName])).toEqual([
      [4, "Mostly supported"],
      [5, "Supported"],
      [1, "Contradicted"],
      [2, "Unsupported"],
      [3, "Mixed"],
    ]);
  });

  it("falls back to the quote when there is no restatement, and to the reader page when the article has no web URL", () => {
    const edited = {
      ...review,
      article: { ...review.article, sourceUrl: "javascript:alert(1)", author: "Health News Ltd" },
      claims: review.claims.map((claim) => (claim.id === "claim-mice" ? { ...claim, restatement: "  " } : claim)),
    };
    const [, mice] = buildClaimReviews(edited, { ...EXPORT_OPTIONS, articleAuthorType: "Organization" });
    expect(mice?.claimReviewed).toBe("Mice bred without it died within two months because their arteries calcified and ruptured.");
    expect(mice?.itemReviewed.appearance.url).toBe("https://claimcheck.example/articles/vitamin-k2");
    expect(mice?.itemReviewed.author).toEqual({ "@type": "Organization", name: "Health News Ltd" });
  });

  it("defaults the reviewing organization to Claimcheck at the base URL", () => {
    const [first] = buildClaimReviews(review, { baseUrl: "https://cc.example/" });
    expect(first?.author).toEqual({ "@type": "Organization", name: "Claimcheck", url: "https://cc.example" });
  });
});

describe("claimReviewScriptContent", () => {
  it("cannot close the script element it is embedded in, and parses to the same JSON-LD", () => {
    const hostile = { ...review, claims: review.claims.map((claim) => ({ ...claim, restatement: "</script><script>alert(1)</script>\u2028" })) };
    const content = claimReviewScriptContent(hostile, EXPORT_OPTIONS);
    expect(content).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(content)).toEqual(buildClaimReviews(hostile, EXPORT_OPTIONS));
  });
});
