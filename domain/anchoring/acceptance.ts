import type { ScoredCandidate } from "./score-candidate";

/**
 * When a match is trustworthy enough to attach a claim to. Everything else is an orphan: a reviewer
 * re-attaching one claim costs less than a claim silently sitting on the wrong sentence.
 */

/** The most edit distance an approximate match may have, as a share of the quote length. */
export const MAX_ERROR_RATE = 0.25;
/** Below this length a quote says too little on its own; it needs its context. */
const SELF_IDENTIFYING_LENGTH = 24;
const SHORT_QUOTE_LENGTH = 16;

export function acceptsExact(candidate: ScoredCandidate, quoteLength: number): boolean {
  const context = candidate.contextSimilarity;
  return context === null || quoteLength >= SELF_IDENTIFYING_LENGTH || context >= 0.5;
}

export function acceptsFuzzy(candidate: ScoredCandidate, quoteLength: number): boolean {
  const { quoteSimilarity: quote, contextSimilarity: context } = candidate;
  if (quote < 1 - MAX_ERROR_RATE) return false;
  if (quoteLength < SHORT_QUOTE_LENGTH) return quote >= 0.85 && context !== null && context >= 0.75;
  if (context !== null && context >= 0.6) return true;
  return quote >= 0.9 && quoteLength >= SELF_IDENTIFYING_LENGTH;
}

/** A fuzzy match good enough that searching the rest of the text cannot do meaningfully better. */
export function isConfidentFuzzy(candidate: ScoredCandidate): boolean {
  return candidate.quoteSimilarity >= 0.9 && candidate.contextSimilarity !== null && candidate.contextSimilarity >= 0.8;
}
