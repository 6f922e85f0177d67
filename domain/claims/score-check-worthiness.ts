import { CHECK_WORTHINESS_FEATURES, type ClaimTag, type FeatureMatch } from "./check-worthiness-features";

export interface CheckWorthiness {
  /** 0 (nothing to check) to 1 (dense with checkable content). */
  score: number;
  reasons: string[];
  tags: ClaimTag[];
}

/** How fast the summed feature weights approach a score of 1: a weight sum of 2 gives about 0.7. */
const SATURATION = 0.6;

/**
 * Scores how worth checking one sentence is: quantities, absolutes, causal verbs, comparatives,
 * citations, dates and medical terms add weight; questions, very short sentences, first-person
 * anecdote, small talk and advice take it away. The sum is squashed into 0..1.
 */
export function scoreCheckWorthiness(sentence: string): CheckWorthiness {
  return combineFeatureMatches(detectFeatures(sentence));
}

export function detectFeatures(sentence: string): FeatureMatch[] {
  const matches: FeatureMatch[] = [];
  for (const feature of CHECK_WORTHINESS_FEATURES) {
    const match = feature.detect(sentence);
    if (match) matches.push(match);
  }
  return matches;
}

export function combineFeatureMatches(matches: readonly FeatureMatch[]): CheckWorthiness {
  const total = matches.reduce((sum, match) => sum + match.weight, 0);
  const tags: ClaimTag[] = [];
  for (const match of matches) {
    if (match.tag && !tags.includes(match.tag)) tags.push(match.tag);
  }
  return { score: squash(total), reasons: matches.map((match) => match.reason), tags };
}

export function squash(weightSum: number): number {
  if (weightSum <= 0) return 0;
  return Math.round((1 - Math.exp(-SATURATION * weightSum)) * 1000) / 1000;
}
