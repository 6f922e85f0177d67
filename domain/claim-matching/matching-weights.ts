import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (L2 penalty 0.001 by 5-fold cross-validation; train MAP@5 0.8670). The score is sigmoid(bias + sum of weight * feature): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -10.9069,
  features: {
    bm25Claim: 2.7265,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 2.8068,
    candidateCoverage: 0.6968,
    queryCoverage: 1.2177,
    bigramOverlap: 0.5784,
    charGramSimilarity: 1.7932,
    numbersShared: 0.7015,
    numbersMissing: -0.3139,
    entitiesShared: 1.0132,
    entitiesMissing: 0.1193,
    negationMismatch: 0.5279,
    authorShared: 4.7996,
    yearMatch: 1.9916,
    yearDistance: -0.2654,
    vectorCosine: 3.051,
    vectorCoverageOfCandidate: 1.2229,
    vectorCoverageOfQuery: 1.6281,
  },
};
