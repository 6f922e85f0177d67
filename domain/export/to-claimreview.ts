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
 * The text for the reader page's `<script type="application/ld+json">`: `<`, `>`, `&` and the
 * JavaScript line separators are written as \u escapes, so no user string can close the
 * script element; the JSON parses to the same value.
 */
export function claimReviewScriptContent(review: TReviewDocument, options: TExportOptions): string {
  return JSON.stringify(buildClaimReviews(review, options)).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
