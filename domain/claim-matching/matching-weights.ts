import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (train MAP@5 0.8690). The score is sigmoid(bias + sum of weight * feature):
 * a probability that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -13.2671,
  features: {
    bm25Claim: 0,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 10.8223,
    candidateCoverage: 0,
    queryCoverage: 0,
    bigramOverlap: 0,
    charGramSimilarity: 7.5756,
    numbersShared: 0,
    numbersMissing: 0,
    entitiesShared: 0,
    entitiesMissing: 0.5411,
    negationMismatch: 0,
  },
};
