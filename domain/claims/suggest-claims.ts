import type { TBlock } from "../schemas/review";
import type { ClaimTag } from "./check-worthiness-features";
import { detectAdvice } from "./detect-advice";
import { combineFeatureMatches, detectFeatures, squash } from "./score-check-worthiness";
import { pairQuestionsWithAnswers } from "./pair-questions-with-answers";
import { segmentSentences } from "./segment-sentences";

export type SuggestionKind = "claim" | "advice";

export interface ClaimSuggestion {
  start: number;
  end: number;
  quote: string;
  score: number;
  reasons: string[];
  tags: ClaimTag[];
  kind: SuggestionKind;
  /** Near-duplicates of this sentence elsewhere in the article (merged into this suggestion). */
  alsoAt?: { start: number; end: number }[];
}

export interface SuggestClaimsOptions {
  /** Keep at most this many suggestions, best first. */
  limit?: number;
  /** Drop suggestions scoring below this (default 0.2). */
  minScore?: number;
  /** Whether reader comments are searched for advice and claims (default true). */
  includeComments?: boolean;
}

export interface SuggestableDocument {
  text: string;
  blocks: readonly Pick<TBlock, "kind" | "start" | "end" | "section">[];
}

const DEFAULT_MIN_SCORE = 0.2;
/** Advice counts double against the sentence's other features: it is what a reviewer must label. */
const ADVICE_WEIGHT = 2;
/** Two sentences sharing this share of their words (Jaccard) say the same thing: one suggestion. */
const NEAR_DUPLICATE_SIMILARITY = 0.6;

/**
 * Ranks the document's sentences by check-worthiness (a rhetorical question and its short
 * answer count as one sentence). Sentences that give advice are kept as
 * kind "advice" (to be marked "not checkable" or rated), ranked by how plainly they advise plus
 * what they assert; everything else is kind "claim". Ties keep document order.
 */
export function suggestClaims(document: SuggestableDocument, options: SuggestClaimsOptions = {}): ClaimSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const includeComments = options.includeComments ?? true;
  const blocks = document.blocks.filter(
    (block) => block.kind !== "comments_heading" && (includeComments || block.section !== "comments"),
  );

  const suggestions: ClaimSuggestion[] = [];
  for (const sentence of pairQuestionsWithAnswers(document.text, segmentSentences(document.text, blocks))) {
    const suggestion = suggestionFor(sentence.text);
    if (suggestion.score < minScore) continue;
    suggestions.push({ start: sentence.start, end: sentence.end, quote: sentence.text, ...suggestion });
  }
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  const merged = mergeNearDuplicates(suggestions);
  return options.limit === undefined ? merged : merged.slice(0, options.limit);
}

/** Keeps the best-ranked of each group of near-duplicate sentences, noting where the others are. */
function mergeNearDuplicates(ranked: ClaimSuggestion[]): ClaimSuggestion[] {
  const kept: { suggestion: ClaimSuggestion; words: Set<string> }[] = [];
  for (const suggestion of ranked) {
    const words = contentWords(suggestion.quote);
    const original = kept.find((k) => jaccard(k.words, words) >= NEAR_DUPLICATE_SIMILARITY);
    if (original) {
      original.suggestion.alsoAt = [...(original.suggestion.alsoAt ?? []), { start: suggestion.start, end: suggestion.end }];
      continue;
    }
    kept.push({ suggestion, words });
  }
  return kept.map((k) => k.suggestion);
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((word) => word.length > 2));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

function suggestionFor(sentence: string): Pick<ClaimSuggestion, "score" | "reasons" | "tags" | "kind"> {
  const matches = detectFeatures(sentence);
  const advice = detectAdvice(sentence);
  if (!advice) return { ...combineFeatureMatches(matches), kind: "claim" };

  // The advice penalty that keeps advice out of the claims ranking does not apply here.
  const asserted = matches.filter((match) => match.tag !== "advice");
  const combined = combineFeatureMatches(asserted);
  const assertedWeight = asserted.reduce((sum, match) => sum + match.weight, 0);
  return {
    score: squash(ADVICE_WEIGHT * advice.strength + assertedWeight),
    reasons: [advice.reason, ...combined.reasons],
    tags: ["advice", ...combined.tags.filter((tag) => tag !== "advice")],
    kind: "advice",
  };
}
