/** W3C Web Annotation TextQuoteSelector: the quoted text plus up to 32 UTF-16 units of context each side. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: [start, end) in UTF-16 code units of the canonical text. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** What anchoring needs from a quote; `type`, prefix and suffix may be absent (for example in stored data). */
export interface QuoteInput {
  type?: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** An old position, used as a hint; `type` is optional. */
export interface PositionInput {
  type?: "TextPositionSelector";
  start: number;
  end: number;
}

export interface RangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * How an anchor was found: `position` (the quote is still at the hinted offsets), `exact` (an exact
 * occurrence elsewhere) or `fuzzy` (an approximate match, to be confirmed by a reviewer).
 */
export type AnchorMethod = "position" | "exact" | "fuzzy";

export interface AnchorResult {
  start: number;
  end: number;
  /** 0..1: 1 is the quote at its old position with its old context. */
  score: number;
  method: AnchorMethod;
}

/** The number of UTF-16 code units of context kept each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Why a claim could not be placed:
 * - `text_changed`: its text is no longer there as it was (rewritten, or its context changed too much to be sure);
 * - `ambiguous`: its text appears several times and nothing tells which one is the claim's;
 * - `text_removed`: its text no longer occurs anywhere, not even approximately.
 */
export type OrphanReason = "text_changed" | "ambiguous" | "text_removed";

/** A place the matcher considered but did not trust enough: offered to a reviewer to re-attach in one click. */
export interface AnchorSuggestion {
  start: number;
  end: number;
  score: number;
}

/** anchorQuote's full answer: the place, or why there is none and where a reviewer might look. */
export type AnchorOutcome =
  | { placed: AnchorResult; reason: null; suggestions: AnchorSuggestion[] }
  | { placed: null; reason: OrphanReason; suggestions: AnchorSuggestion[] };

/** Optional knowledge a caller may have beyond the quote and the old position. */
export interface AnchorOptions {
  /**
   * The text the quote and position describe (the previous revision). With it the old position is
   * carried through the changes between the two texts, and a quote that occurred several times there
   * must be told apart by its context or position, never by being the only copy left.
   */
  previousText?: string;
}
