import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (L2 penalty 0.0001 by 5-fold cross-validation; train MAP@5 0.8670). The score is sigmoid(bias + sum of weight * feature): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -11.5449,
  features: {
    bm25Claim: 2.1446,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 2.2042,
    candidateCoverage: 0.9896,
    queryCoverage: 1.8216,
    bigramOverlap: 1.0191,
    charGramSimilarity: 3.0365,
    numbersShared: 1.5369,
    numbersMissing: -0.4045,
    entitiesShared: 0.6989,
    entitiesMissing: 0.6153,
    negationMismatch: 0.5107,
    authorShared: 5.4425,
    yearMatch: 1.9271,
    yearDistance: -0.2334,
    vectorCosine: 1.7242,
    vectorCoverageOfCandidate: 0.8607,
    vectorCoverageOfQuery: 2.8265,
  },
};
