import { analyzeCandidate, type AnalyzedCandidate, type MatchCandidate } from "../../domain/claim-matching/match-candidate";
import type { VerifiedClaim } from "./fixture";

/**
 * A verified claim as Claimcheck stores it: an article titled with the fact-check's headline,
 * whose text is the claim; the claim quotes it and the restatement repeats it.
 */
export function verifiedClaimAsCandidate(claim: VerifiedClaim): MatchCandidate {
  return { claimId: claim.id, quote: claim.claim, restatement: claim.claim, tags: [], articleTitle: claim.title };
}

export function analyzeVerifiedClaims(claims: readonly VerifiedClaim[]): Map<string, AnalyzedCandidate> {
  return new Map(claims.map((claim) => [claim.id, analyzeCandidate(verifiedClaimAsCandidate(claim))]));
}
