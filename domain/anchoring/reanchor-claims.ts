import { hintsFor } from "./anchor-quote";
import { locateQuote } from "./locate-quote";
import { mapOffsets } from "./map-offsets";
import { prepareText } from "./prepared-text";
import type { AnchorResult, AnchorSuggestion, OrphanReason, PositionInput, QuoteInput } from "./types";

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
  /** For an orphan, why it could not be placed; null when placed. */
  orphanReason: OrphanReason | null;
  /** For an orphan, places a reviewer may re-attach it to in one click (best first). */
  suggestions: AnchorSuggestion[];
}

/**
 * Re-anchors every claim of a revision onto the next one. The old position is first carried
 * through the unchanged paragraphs of the two texts, so a claim in an untouched paragraph is found
 * at once where that paragraph now is, and is the expected position everywhere else.
 */
export function reanchorClaims(oldText: string, newText: string, claims: readonly ClaimAnchor[]): ReanchoredClaim[] {
  const prepared = prepareText(newText);
  const toNew = mapOffsets(oldText, newText);
  return claims.map((claim) => {
    const outcome = locateQuote(prepared, claim.quote, hintsFor(claim.quote, claim.position, oldText, toNew));
    const result = outcome.placed;
    const moved = result !== null && (result.start !== claim.position.start || result.end !== claim.position.end);
    return { id: claim.id, result, moved, orphanReason: outcome.reason, suggestions: outcome.suggestions };
  });
}
