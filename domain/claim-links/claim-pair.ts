/**
 * A "same claim as" link is symmetric: it is stored once per pair, the smaller id first, so
 * linking A to B and B to A name the same row (and the database's unique index refuses a
 * second one whichever way it is asked).
 */
export interface ClaimPair {
  firstClaimId: string;
  secondClaimId: string;
}

export function claimPair(oneClaimId: string, otherClaimId: string): ClaimPair {
  if (oneClaimId === otherClaimId) throw new RangeError("A claim cannot be linked to itself.");
  return oneClaimId < otherClaimId ? { firstClaimId: oneClaimId, secondClaimId: otherClaimId } : { firstClaimId: otherClaimId, secondClaimId: oneClaimId };
}

/** The claim at the other end of a link, seen from `claimId`. */
export function otherClaimOf(pair: ClaimPair, claimId: string): string {
  return pair.firstClaimId === claimId ? pair.secondClaimId : pair.firstClaimId;
}
