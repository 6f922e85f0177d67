import { prefixSimilarity, suffixSimilarity } from "./context-similarity";
import { CONTEXT_LENGTH } from "./types";

/** Weight of the position in the ranking score: the quote and its context carry the evidence, position only breaks near-ties. */
const POSITION_WEIGHT = 0.05;
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
  prefixSimilarity: number | null;
  suffixSimilarity: number | null;
  /** Mean agreement of prefix and suffix, or null when the quote had no context at all. */
  contextSimilarity: number | null;
  /**
   * Sides where the quote ended a block (paragraph) and still does, though the neighbouring block
   * changed: a paragraph moved or a neighbour edited, not a sign of another place.
   */
  prefixAtBoundary: boolean;
  suffixAtBoundary: boolean;
  /** The place is a whole block (paragraph) of the text: it starts and ends at block breaks or the ends of the text. */
  isWholeBlock: boolean;
  /** The place starts or ends inside a word where the quote started or ended a word: not how the quote was cut. */
  cutsWord: boolean;
  /**
   * For an approximate match well below the quote (similarity under 0.85): the share of the quote's
   * words still there, each spelled the same or within one typo; 1 otherwise. A typo fix keeps the
   * words, a rewrite replaces them.
   */
  wordsKept: number;
  /** Distance from the expected position, or null without one. */
  distance: number | null;
  score: number;
}

export interface ScoringContext {
  /** Folded text being searched. */
  folded: string;
  /** Folded quote, prefix and suffix. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start in this text (the old position carried through the changes, if known). */
  hint: number | undefined;
  /** The raw prefix and suffix (block breaks are "\n\n" there, spaces in the folded ones). */
  rawPrefix: string;
  rawSuffix: string;
  /** The raw text being searched (block breaks are "\n\n" there, spaces in the folded one). */
  text: string;
  /** Whether the quote came with any context at all (a quote given without prefix and suffix says nothing about the ends of the text). */
  hasContext: boolean;
}

export function scoreCandidate(candidate: Candidate, context: ScoringContext): ScoredCandidate {
  const { folded, quote, prefix, suffix, hint } = context;
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / Math.max(1, quote.length));
  const before = folded.slice(Math.max(0, candidate.start - CONTEXT_LENGTH - CONTEXT_SLACK), candidate.start);
  const after = folded.slice(candidate.end, candidate.end + CONTEXT_LENGTH + CONTEXT_SLACK);
  // An empty context means the quote was at an end of its text: being at that end of this one agrees with it.
  const prefixScore = prefix === "" && context.hasContext ? atEnd(before) : prefixSimilarity(prefix, before);
  const suffixScore = suffix === "" && context.hasContext ? atEnd(after) : suffixSimilarity(suffix, after);
  const sides = [prefixScore, suffixScore].filter((s): s is number => s !== null);
  const contextSimilarity = sides.length === 0 ? null : sides.reduce((a, b) => a + b, 0) / sides.length;
  const distance = hint === undefined ? null : Math.abs(candidate.start - hint);
  const positionSimilarity = distance === null ? 1 : 1 - Math.min(1, distance / Math.max(1, folded.length));
  // Quote and context count by their length: a short quote is told apart by its context, a long one by itself.
  const quoteWeight = Math.max(quote.length, 8);
  const prefixWeight = prefixScore === null ? 0 : Math.max(prefix.length, 8);
  const suffixWeight = suffixScore === null ? 0 : Math.max(suffix.length, 8);
  const evidence =
    (quoteWeight * quoteSimilarity + prefixWeight * (prefixScore ?? 0) + suffixWeight * (suffixScore ?? 0)) / (quoteWeight + prefixWeight + suffixWeight);
  const score = (1 - POSITION_WEIGHT) * evidence + POSITION_WEIGHT * positionSimilarity;
  return {
    ...candidate,
    quoteSimilarity,
    prefixSimilarity: prefixScore,
    suffixSimilarity: suffixScore,
    prefixAtBoundary: prefix.length > 0 && context.rawPrefix.endsWith("\n\n") && (candidate.start === 0 || isBlockBreak(context, candidate.start - 2)),
    suffixAtBoundary: suffix.length > 0 && context.rawSuffix.startsWith("\n\n") && (candidate.end === folded.length || isBlockBreak(context, candidate.end)),
    contextSimilarity,
    isWholeBlock: (candidate.start === 0 || isBlockBreak(context, candidate.start - 2)) && (candidate.end === folded.length || isBlockBreak(context, candidate.end)),
    cutsWord: cutsWordAt(folded, candidate.start, prefix, quote, "start") || cutsWordAt(folded, candidate.end, quote, suffix, "end"),
    wordsKept: quoteSimilarity < 0.85 ? shareOfWordsKept(quote, folded.slice(candidate.start, candidate.end)) : 1,
    distance,
    score: Math.min(1, Math.max(0, score)),
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string | undefined) => c !== undefined && WORD_CHARACTER.test(c);

/**
 * Whether a boundary of the place falls inside a word of the text although the quote's boundary did
 * not fall inside a word (the quote's first character and the prefix's last were not both letters).
 */
function cutsWordAt(folded: string, at: number, before: string, after: string, side: "start" | "end"): boolean {
  const quoteCutAWord = isWordCharacter(before[before.length - 1]) && isWordCharacter(after[0]);
  if (quoteCutAWord) return false;
  // At the start the quote's own first character decides; at the end its last one.
  const quoteEdge = side === "start" ? after[0] : before[before.length - 1];
  return isWordCharacter(quoteEdge) && isWordCharacter(folded[at - 1]) && isWordCharacter(folded[at]);
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the quote's words found among the candidate's, spelled the same or with a typo or two (a third of its letters at most). */
function shareOfWordsKept(quote: string, candidate: string): number {
  const words = wordsOf(quote);
  if (words.length === 0) return 1;
  const available = wordsOf(candidate);
  let kept = 0;
  for (const word of words) {
    const allowed = Math.max(1, Math.floor(word.length / 3));
    const at = available.findIndex((w) => w === word || editDistanceAtMost(word, w, allowed));
    if (at === -1) continue;
    kept++;
    available.splice(at, 1);
  }
  return kept / words.length;
}

/** Whether at most `limit` insertions, deletions or substitutions turn `a` into `b` (words: short strings). */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min((previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

function isBlockBreak(context: ScoringContext, at: number): boolean {
  return at >= 0 && context.text.startsWith("\n\n", at);
}

/** 1 when nothing but whitespace lies between the candidate and the end of the text, else 0. */
function atEnd(between: string): number {
  return between.trim() === "" ? 1 : 0;
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
