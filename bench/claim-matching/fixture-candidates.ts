import { analyzeCandidate, type AnalyzedCandidate, type MatchCandidate } from "../../domain/claim-matching/match-candidate";
import type { VerifiedClaim } from "./fixture";

/**
 * How the benchmark stores the verified claims: articles of this many claims, one paragraph
 * each (loading 10,375 one-claim articles through the data functions takes too long here).
 */
export const VERIFIED_CLAIMS_PER_ARTICLE = 50;
/** The same title for every fixture article: it tells the claims apart no more than a shared newspaper name would. */
export const FIXTURE_ARTICLE_TITLE = "Fact checks";

/** A verified claim as one paragraph of an article's text. */
export function claimParagraph(claim: VerifiedClaim): string {
  return claim.claim.replace(/\s+/g, " ").trim();
}

/**
 * A verified claim as Claimcheck stores it: the claim is the quote (the article's words), and
 * the fact-check's headline is the reviewer's restatement of it.
 */
export function verifiedClaimAsCandidate(claim: VerifiedClaim): MatchCandidate {
  return { claimId: claim.id, quote: claimParagraph(claim), restatement: claim.title.trim().slice(0, 1000), tags: [], articleTitle: FIXTURE_ARTICLE_TITLE };
}

export function analyzeVerifiedClaims(claims: readonly VerifiedClaim[]): Map<string, AnalyzedCandidate> {
  return new Map(claims.map((claim) => [claim.id, analyzeCandidate(verifiedClaimAsCandidate(claim))]));
}
