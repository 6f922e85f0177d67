import { describe, expect, it } from "vitest";
import { buildClaimReviewGraph, buildClaimReviews, claimReviewScriptContent, toClaimReview } from "@/domain/export/to-claimreview";
import { parseClaimReviewFeed } from "@/domain/claim-review/parse-claim-review-feed";
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

/**
 * What a JSON-LD consumer reads from a @graph: each top-level node with every `{ "@id" }`
 * reference replaced by the node that has that @id (done by hand here, as Google's and other
 * parsers do it), the shared nodes themselves left out.
 */
function expandGraph(graph: { "@context": string; "@graph": Array<Record<string, unknown>> }): Array<Record<string, unknown>> {
  const byId = new Map(graph["@graph"].filter((node) => typeof node["@id"] === "string").map((node) => [node["@id"] as string, node]));
  const embed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(embed);
    if (!value || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === "@id") {
      const { "@id": _id, ...node } = byId.get(record["@id"] as string) ?? {};
      return embed(node);
    }
    return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, embed(entry)]));
  };
  return graph["@graph"].filter((node) => node["@type"] === "ClaimReview").map((node) => ({ "@context": graph["@context"], ...(embed(node) as Record<string, unknown>) }));
}

describe("buildClaimReviewGraph (the reader page's JSON-LD)", () => {
  it("expands to exactly the exported ClaimReviews, with shared nodes written once", () => {
    const graph = buildClaimReviewGraph(review, EXPORT_OPTIONS);
    expect(expandGraph(graph)).toEqual(buildClaimReviews(review, EXPORT_OPTIONS));
    const shared = graph["@graph"].filter((node) => node["@type"] !== "ClaimReview");
    // The organization, the claim as made in the original, the article, its author, and one node per rating used (five verdicts here).
    expect(shared.map((node) => node["@type"]).sort()).toEqual(["Claim", "CreativeWork", "Organization", "Person", "Rating", "Rating", "Rating", "Rating", "Rating"]);
    expect(new Set(shared.map((node) => node["@id"])).size).toBe(shared.length);
    expect(JSON.stringify(graph).match(/Example Fact Desk/g)).toHaveLength(1);
  });

  it("leaves out the article's author and date when the review has none", () => {
    const bare = { ...review, article: { ...review.article, author: null, publishedAt: null } };
    const graph = buildClaimReviewGraph(bare, EXPORT_OPTIONS);
    expect(expandGraph(graph)).toEqual(buildClaimReviews(bare, EXPORT_OPTIONS));
    expect(graph["@graph"].some((node) => node["@type"] === "Person")).toBe(false);
  });

  it("is read back by the ClaimReview importer once expanded: every rated claim, with its rating and both authors", () => {
    // One at a time: the importer keys reviews by their address without the #fragment.
    const parsed = expandGraph(buildClaimReviewGraph(review, EXPORT_OPTIONS)).map((item) => parseClaimReviewFeed(item));
    expect(parsed.flatMap((result) => result.skipped)).toEqual([]);
    expect(parsed.flatMap((result) => result.items).map(({ item }) => [item.ratingText, item.publisherName, item.claimAuthor])).toEqual([
      ["Mostly supported", "Example Fact Desk", "Dr. Example Author"],
      ["Supported", "Example Fact Desk", "Dr. Example Author"],
      ["Contradicted", "Example Fact Desk", "Dr. Example Author"],
      ["Unsupported", "Example Fact Desk", "Dr. Example Author"],
      ["Mixed", "Example Fact Desk", "Dr. Example Author"],
    ]);
  });
});

describe("claimReviewScriptContent", () => {
  it("cannot close the script element it is embedded in, and parses to the page's JSON-LD graph", () => {
    const hostile = { ...review, claims: review.claims.map((claim) => ({ ...claim, restatement: "</script><script>alert(1)</script>\u2028" })) };
    const content = claimReviewScriptContent(hostile, EXPORT_OPTIONS);
    expect(content).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(content)).toEqual(buildClaimReviewGraph(hostile, EXPORT_OPTIONS));
  });
});
