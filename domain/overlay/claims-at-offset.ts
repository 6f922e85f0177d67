/** A claim's place in the canonical text. */
export interface ClaimPlace {
  id: string;
  start: number;
  end: number;
}

/**
 * The claims covering one offset of the canonical text (a click in the article), innermost
 * (shortest) first: the first is the one to open, the rest are the claims around it. A claim
 * covers [start, end): its end offset belongs to the text after it.
 */
export function claimsAtOffset(claims: readonly ClaimPlace[], offset: number): string[] {
  return claims
    .filter((claim) => claim.start <= offset && offset < claim.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
    .map((claim) => claim.id);
}
