export { describeRange } from "./describe-range";
export { anchorQuote, anchorOutcome, anchorInPreparedText } from "./anchor-quote";
export { prepareText, type PreparedText } from "./prepared-text";
export { reanchorClaims, type ClaimAnchor, type ReanchoredClaim } from "./reanchor-claims";
export {
  canonicalText,
  buildCanonicalDocument,
  normalizeBlockText,
  splitsSurrogatePair,
  BLOCK_SEPARATOR,
  type BlockInput,
  type CanonicalDocument,
} from "./canonical-text";
export type {
  AnchorMethod,
  AnchorOptions,
  AnchorOutcome,
  AnchorSuggestion,
  OrphanReason,
  AnchorResult,
  PositionInput,
  QuoteInput,
  RangeDescription,
  TextPositionSelector,
  TextQuoteSelector,
} from "./types";
export { CONTEXT_LENGTH } from "./types";
