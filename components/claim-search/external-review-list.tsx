import type { TExternalReviewMatch } from "@/domain/schemas/checked-before";

/**
 * Other fact-checkers' reviews of a claim like this one (imported ClaimReviews): the
 * publisher's rating in their own words, their name and a link to their review — never shown
 * as one of our verdicts.
 */
export function ExternalReviewList({ reviews, headingLevel = 4 }: { reviews: readonly TExternalReviewMatch[]; headingLevel?: 2 | 3 | 4 }) {
  if (reviews.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="external-reviews">
      <Heading>Checked by other fact-checkers</Heading>
      <ul className="checked-before-list" aria-label="Checked by other fact-checkers">
        {reviews.map((review) => (
          <li key={review.reviewId} className="checked-before-match external-review" data-strength={review.strength}>
            <p>
              <span className="badge external-rating">
                {review.publisherName}: “{review.ratingText}”
              </span>{" "}
              {review.strength === "probably_same" && <span className="badge">Probably the same claim</span>}
            </p>
            <p className="checked-before-claim">{review.claimText}</p>
            <p className="hint">
              <a href={review.url} rel="noopener noreferrer nofollow" target="_blank">
                Read {review.publisherName}&apos;s review
              </a>
              {review.reviewedAt && <> · {new Date(review.reviewedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</>} · their rating, not a Claimcheck verdict
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
