import type { TClaimRecord, TReviewDocument } from "../schemas/review";
import { VERDICT_LABELS, type RatedVerdict } from "../ratings/scale";
import { organizationOf, type TExportOptions } from "./export-options";
import { articleTargetUrl, claimUrl } from "./links";
import { claimRatingValue, claimReportVerdict, claimsInReadingOrder, isoDate } from "./review-report";

/**
 * schema.org ClaimReview, one per rated claim, in the shape Google's Fact Check Tools read:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url: string; headline: string };
  };
  author: { "@type": "Organization"; name: string; url: string };
  datePublished: string;
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
  };
}

export function buildClaimReviews(review: TReviewDocument, options: TExportOptions): ClaimReviewJsonLd[] {
  return claimsInReadingOrder(review).flatMap((claim) => {
    const ratingValue = claimRatingValue(claim);
    if (ratingValue === null) return [];
    return [claimReviewOf(review, claim, ratingValue, options)];
  });
}

function claimReviewOf(review: TReviewDocument, claim: TClaimRecord, ratingValue: number, options: TExportOptions): ClaimReviewJsonLd {
  const { article } = review;
  const verdict = claimReportVerdict(claim) as RatedVerdict;
  const restatement = claim.restatement.trim();
  const itemReviewed: ClaimReviewJsonLd["itemReviewed"] = {
    "@type": "Claim",
    appearance: { "@type": "CreativeWork", url: articleTargetUrl(options.baseUrl, article), headline: article.title },
  };
  if (article.author) itemReviewed.author = { "@type": options.articleAuthorType ?? "Person", name: article.author };
  const articleDate = isoDate(article.publishedAt);
  if (articleDate) itemReviewed.datePublished = articleDate;
  const organization = organizationOf(options);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(options.baseUrl, article.slug, claim.id),
    claimReviewed: restatement.length > 0 ? restatement : claim.quote.exact,
    itemReviewed,
    author: { "@type": "Organization", name: organization.name, url: organization.url },
    // The date the verdict was last set: the review of this claim as published.
    datePublished: isoDate(claim.updatedAt) ?? claim.updatedAt,
    reviewRating: {
      "@type": "Rating",
      ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_LABELS[verdict],
    },
  };
}

/** The downloadable export: a JSON-LD array. */
export function toClaimReview(review: TReviewDocument, options: TExportOptions): string {
  return `${JSON.stringify(buildClaimReviews(review, options), null, 2)}\n`;
}

/**
 * The reader page's ClaimReview JSON-LD: the same ClaimReviews as `buildClaimReviews`, written
 * as one `@graph` in which what every item shares is one node, referenced by `@id` (a fragment
 * of the page's own address): the reviewing organization, the six ratings, and the claim as
 * made in the original (its author, date and the article it appears in; what each item says
 * was claimed is its own `claimReviewed`). Expanded, each item is the exported ClaimReview
 * (tests/export/to-claimreview.test.ts); a 2,000-claim review's markup is half the size of
 * the repeated form. The ids every item references are one letter (`#o` the organization,
 * `#c` the claim as made, `#r1`-`#r5` the ratings): each character is written once per rated
 * claim (1,663 times on the 2,000-claim benchmark page); nodes referenced once keep readable ids.
 */
export interface ClaimReviewGraph {
  "@context": "https://schema.org";
  "@graph": Array<Record<string, unknown>>;
}

const NODE = { reviewer: "#o", claimed: "#c", article: "#article", author: "#author", rating: (value: number) => `#r${value}` } as const;

export function buildClaimReviewGraph(review: TReviewDocument, options: TExportOptions): ClaimReviewGraph {
  const items = buildClaimReviews(review, options);
  const shared = new Map<string, Record<string, unknown>>();
  const reference = (id: string, node: object) => {
    if (!shared.has(id)) shared.set(id, { "@id": id, ...node });
    return { "@id": id };
  };
  const graph = items.map((item) => {
    const { "@context": _context, itemReviewed, author, reviewRating, ...own } = item;
    const { author: claimAuthor, appearance, ...claim } = itemReviewed;
    const claimed = { ...claim, ...(claimAuthor ? { author: reference(NODE.author, claimAuthor) } : {}), appearance: reference(NODE.article, appearance) };
    return {
      ...own,
      itemReviewed: reference(NODE.claimed, claimed),
      author: reference(NODE.reviewer, author),
      reviewRating: reference(NODE.rating(reviewRating.ratingValue), reviewRating),
    };
  });
  return { "@context": "https://schema.org", "@graph": [...shared.values(), ...graph] };
}

/** JSON for a `<script>` data block: `<`, `>`, `&` and the JavaScript line separators as \u escapes, so no user string can close the element; it parses to the same value. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The text for the reader page's `<script type="application/ld+json">` (buildClaimReviewGraph). */
export function claimReviewScriptContent(review: TReviewDocument, options: TExportOptions): string {
  return jsonForScript(buildClaimReviewGraph(review, options));
}
