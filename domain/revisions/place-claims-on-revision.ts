import { anchorQuote } from "../anchoring/anchor-quote";
import type { AnchorMethod } from "../anchoring/types";
import type { Verdict } from "../ratings/scale";
import type { TBlock, TReviewDocument } from "../schemas/review";

export interface RevisionClaim {
  id: string;
  restatement: string;
  quote: string;
  verdict: Verdict | null;
  evidenceCount: number;
  /** Where the claim's quote is in this revision's text, or null when this revision does not hold it. */
  placed: { start: number; end: number; method: AnchorMethod; score: number } | null;
}

export interface RevisionView {
  slug: string;
  title: string;
  number: number;
  currentNumber: number;
  createdAt: string;
  contentHash: string;
  text: string;
  blocks: TBlock[];
  claims: RevisionClaim[];
  revisionNumbers: number[];
}

/**
 * One revision of a review's article with its claims as they stand on it. A claim's selectors
 * describe the revision where it was last found (the current one, or an older one for an orphan),
 * so each quote is looked up in this revision's text with its context and old offsets: found at
 * once where the text is the same, approximately where it changed a little, not at all where the
 * revision does not hold it (those are listed, never guessed).
 */
export function placeClaimsOnRevision(review: TReviewDocument, number: number): RevisionView | null {
  const all = [...review.previousRevisions, review.revision];
  const revision = all.find((r) => r.number === number);
  if (!revision) return null;
  const claims = review.claims.map((claim): RevisionClaim => {
    const placed = anchorQuote(revision.text, claim.quote, claim.position);
    return {
      id: claim.id,
      restatement: claim.restatement || claim.quote.exact,
      quote: claim.quote.exact,
      verdict: claim.verdict,
      evidenceCount: claim.evidence.length,
      placed: placed && { start: placed.start, end: placed.end, method: placed.method, score: placed.score },
    };
  });
  return {
    slug: review.article.slug,
    title: review.article.title,
    number: revision.number,
    currentNumber: review.revision.number,
    createdAt: revision.createdAt,
    contentHash: revision.contentHash,
    text: revision.text,
    blocks: revision.blocks,
    claims,
    revisionNumbers: all.map((r) => r.number),
  };
}
