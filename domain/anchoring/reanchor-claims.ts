import { anchorInPreparedText } from "./anchor-quote";
import { mapOffsets } from "./map-offsets";
import { prepareText } from "./prepared-text";
import type { AnchorResult, PositionInput, QuoteInput } from "./types";

export interface ClaimAnchor {
  id: string;
  quote: QuoteInput;
  position: PositionInput;
}

export interface ReanchoredClaim {
  id: string;
  /** The claim's range in the new text, or null: an orphan, kept and listed for a reviewer. */
  result: AnchorResult | null;
  /** True when the claim's offsets changed (text inserted or deleted before it, or the text moved). */
  moved: boolean;
}

/**
 * Re-anchors every claim of a revision onto the next one. The old position is first carried
 * through the unchanged paragraphs of the two texts, so a claim in an untouched paragraph is found
 * at once where that paragraph now is.
 */
export function reanchorClaims(oldText: string, newText: string, claims: readonly ClaimAnchor[]): ReanchoredClaim[] {
  const prepared = prepareText(newText);
  const toNew = mapOffsets(oldText, newText);
  return claims.map((claim) => {
    const start = toNew(claim.position.start);
    const hint = { start, end: start + (claim.position.end - claim.position.start) };
    const result = anchorInPreparedText(prepared, claim.quote, hint);
    const moved = result !== null && (result.start !== claim.position.start || result.end !== claim.position.end);
    return { id: claim.id, result, moved };
  });
}
