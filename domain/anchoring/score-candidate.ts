import { prefixSimilarity, suffixSimilarity } from "./context-similarity";
import { CONTEXT_LENGTH } from "./types";

/** Weights of the anchor score: the quote dominates, context separates repeats, position breaks ties. */
const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.1;
/** Context is compared against a little more text than its own length, to absorb insertions. */
const CONTEXT_SLACK = 8;

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the (folded) quote and the (folded) candidate text. */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  quoteSimilarity: number;
  /** Mean agreement of prefix and suffix, or null when the quote had no context at all. */
  contextSimilarity: number | null;
  score: number;
}

export interface ScoringContext {
  /** Folded text being searched. */
  folded: string;
  /** Folded quote, prefix and suffix. */
  quote: string;
  prefix: string;
  suffix: string;
  hint: number | undefined;
}

export function scoreCandidate(candidate: Candidate, context: ScoringContext): ScoredCandidate {
  const { folded, quote, prefix, suffix, hint } = context;
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / quote.length);
  const before = folded.slice(Math.max(0, candidate.start - CONTEXT_LENGTH - CONTEXT_SLACK), candidate.start);
  const after = folded.slice(candidate.end, candidate.end + CONTEXT_LENGTH + CONTEXT_SLACK);
  const sides = [prefixSimilarity(prefix, before), suffixSimilarity(suffix, after)].filter(
    (s): s is number => s !== null,
  );
  const contextSimilarity = sides.length === 0 ? null : sides.reduce((a, b) => a + b, 0) / sides.length;
  const positionSimilarity =
    hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, folded.length));
  const score =
    QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * (contextSimilarity ?? quoteSimilarity) + POSITION_WEIGHT * positionSimilarity;
  return { ...candidate, quoteSimilarity, contextSimilarity, score: Math.min(1, Math.max(0, score)) };
}

/** Highest score first; on equal scores the candidate nearer the hint, then the earlier one. */
export function compareCandidates(hint: number | undefined): (a: ScoredCandidate, b: ScoredCandidate) => number {
  return (a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    if (hint !== undefined) {
      const byDistance = Math.abs(a.start - hint) - Math.abs(b.start - hint);
      if (byDistance !== 0) return byDistance;
    }
    return a.start - b.start;
  };
}
