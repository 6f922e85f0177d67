import { describe, expect, it } from "vitest";
import { parseClaimReviewFeed } from "./parse-claim-review-feed";

const review = (overrides: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/reviews/moon-wall?utm_source=feed",
  claimReviewed: "The Great Wall of China is visible from the Moon.",
  reviewRating: { "@type": "Rating", ratingValue: "1", bestRating: "5", worstRating: "1", alternateName: "False" },
  author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example/" },
  datePublished: "2024-03-01",
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Blogger" } },
  ...overrides,
});

describe("parseClaimReviewFeed", () => {
  it("reads one ClaimReview into what an external review keeps", () => {
    expect(parseClaimReviewFeed(review())).toEqual({
      items: [
        {
          index: 0,
          item: {
            url: "https://factcheck.example/reviews/moon-wall",
            claimText: "The Great Wall of China is visible from the Moon.",
            ratingText: "False",
            ratingValue: "1",
            publisherName: "Example Fact Check",
            publisherUrl: "https://factcheck.example",
            reviewedAt: "2024-03-01T00:00:00.000Z",
            claimAuthor: "A. Blogger",
          },
        },
      ],
      skipped: [],
    });
  });

  it("reads a DataFeed of DataFeedItems (Google's Fact Check Markup Tool), a plain list and a @graph", () => {
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review({ url: "https://a.example/1" })] },
        { "@type": "DataFeedItem", item: [review({ url: "https://a.example/2" }), review({ url: "https://a.example/3" })] },
        review({ url: "https://a.example/4" }),
      ],
    };
    expect(parseClaimReviewFeed(feed).items.map((i) => i.item.url)).toEqual(["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4"]);
    expect(parseClaimReviewFeed([review({ url: "https://b.example/1" }), review({ url: "https://b.example/2" })]).items).toHaveLength(2);
    expect(parseClaimReviewFeed({ "@graph": [{ "@type": "WebPage" }, review()] }).items).toHaveLength(1);
  });

  it("reports a malformed item with its index and path, and keeps the others", () => {
    const feed = {
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review({ url: "https://c.example/ok-1" })] },
        { "@type": "DataFeedItem", item: [review({ url: "javascript:alert(1)" })] },
        { "@type": "DataFeedItem", item: [review({ url: "https://c.example/no-claim", claimReviewed: "  " })] },
        { "@type": "DataFeedItem", item: [review({ url: "https://c.example/no-rating", reviewRating: { bestRating: 5 } })] },
        { "@type": "DataFeedItem", item: [review({ url: "https://c.example/no-publisher", author: { "@type": "Organization" } })] },
        { "@type": "DataFeedItem", item: ["not an object"] },
        { "@type": "DataFeedItem", item: [review({ url: "https://c.example/ok-2" })] },
      ],
    };
    const parsed = parseClaimReviewFeed(feed);
    expect(parsed.items.map((i) => [i.index, i.item.url])).toEqual([
      [0, "https://c.example/ok-1"],
      [6, "https://c.example/ok-2"],
    ]);
    expect(parsed.skipped.map((s) => [s.index, s.path])).toEqual([
      [1, "dataFeedElement[1].item[0]"],
      [2, "dataFeedElement[2].item[0]"],
      [3, "dataFeedElement[3].item[0]"],
      [4, "dataFeedElement[4].item[0]"],
      [5, "dataFeedElement[5].item[0]"],
    ]);
    expect(parsed.skipped[0]!.reasons.join(" ")).toMatch(/url/);
    expect(parsed.skipped[2]!.reasons.join(" ")).toMatch(/reviewRating/);
    expect(parsed.skipped[3]!.reasons.join(" ")).toMatch(/author/);
  });

  it("takes the rating's name or value when there is no alternateName, the publisher when there is no author, and keeps the last item of a repeated URL", () => {
    const parsed = parseClaimReviewFeed([
      review({ url: "https://d.example/1", reviewRating: { ratingValue: 2 }, author: undefined, publisher: { name: "Publisher Desk" } }),
      review({ url: "https://d.example/1", claimReviewed: "Second wording." }),
    ]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]).toMatchObject({ index: 1, item: { claimText: "Second wording." } });
    expect(parseClaimReviewFeed(review({ reviewRating: { ratingValue: 2 }, author: undefined, publisher: { name: "Publisher Desk" } })).items[0]?.item).toMatchObject({
      ratingText: "2",
      ratingValue: "2",
      publisherName: "Publisher Desk",
    });
  });
});
