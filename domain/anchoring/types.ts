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
