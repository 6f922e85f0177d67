import type { Verdict } from "../ratings/scale";
import type { TReviewDocument } from "../schemas/review";
import { claimSectionOf } from "./reader-model";

/**
 * What the overlay client (overlay-client/, public/embed.js) needs to place a published
 * review's claims in any page: each claim's quote with its context and its position in our
 * copy of the text (a hint), its verdict and restatement. Rationale and evidence are fetched
 * per claim when it is opened. The same object is the reader page's JSON data block and the
 * answer of GET /api/reviews/by-url and GET /api/reviews/<slug>/overlay.
 * The browser bundle imports this file's types only.
 */
export interface OverlayClaim {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  verdict: Verdict | null;
  restatement: string;
  hasRationale: boolean;
  evidenceCount: number;
  /** Not found in our own copy of the article either: listed, never highlighted. */
  orphaned: boolean;
  /** Where it is in our copy: the article or its reader comments (the claim list says which). */
  section: "article" | "comments";
}

export interface OverlayReview {
  slug: string;
  title: string;
  /** The review page on Claimcheck (absolute). */
  reviewUrl: string;
  /** Where the claim details are fetched: `${detailsUrl}/<claim id>`. */
  detailsUrl: string;
  sourceUrl: string | null;
  claims: OverlayClaim[];
}

export function buildOverlayReview(review: TReviewDocument, baseUrl: string): OverlayReview {
  const base = baseUrl.replace(/\/+$/, "");
  const slug = review.article.slug;
  const textLength = review.revision.text.length;
  const sectionAt = claimSectionOf(review);
  const claims = [...review.claims]
    .sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end)
    .map(
      (claim): OverlayClaim => ({
        id: claim.id,
        exact: claim.quote.exact,
        prefix: claim.quote.prefix ?? "",
        suffix: claim.quote.suffix ?? "",
        start: claim.position.start,
        end: claim.position.end,
        verdict: claim.verdict,
        restatement: claim.restatement || claim.quote.exact,
        hasRationale: claim.rationale.trim() !== "",
        evidenceCount: claim.evidence.length,
        orphaned: claim.anchor.orphaned || claim.position.end > textLength,
        section: sectionAt(claim.position.start),
      }),
    );
  return {
    slug,
    title: review.article.title,
    reviewUrl: `${base}/articles/${encodeURIComponent(slug)}`,
    detailsUrl: `${base}/api/articles/${encodeURIComponent(slug)}/published-claims`,
    sourceUrl: review.article.sourceUrl,
    claims,
  };
}

/** JSON for a `<script type="application/json">` block: no character can close the element. */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
