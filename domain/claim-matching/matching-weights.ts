import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
  /** Weights of each feature's standing among the query's candidates (candidateStandings in score-candidates.ts). */
  relative?: Record<FeatureName, number>;
  /** What a query's candidates usually look like (on train), standing beside each query's candidates (see candidateStandings). */
  typicalCandidate?: { mean: Record<FeatureName, number>; deviation: Record<FeatureName, number> };
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (L2 penalty 0.0001 by 5-fold cross-validation; train MAP@5 0.8767). The score is sigmoid(bias + sum of weight * feature + sum of relative
 * weight * the feature's z-score among the query's candidates): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -5.3496,
  features: {
    bm25Claim: -0.464,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: -0.4402,
    candidateCoverage: -0.2494,
    queryCoverage: -0.1755,
    bigramOverlap: -0.1945,
    charGramSimilarity: 0.2875,
    numbersShared: 0.4425,
    numbersMissing: -0.2459,
    entitiesShared: -0.4521,
    entitiesMissing: -0.0472,
    negationMismatch: -0.2184,
    acronymExpanded: 1.2863,
    mediaMatch: -0.8281,
    mediaMismatch: 0.1619,
    authorShared: 1.7007,
    yearMatch: 0.9623,
    yearDistance: 0.7289,
    vectorCosine: 0.0903,
    vectorCoverageOfCandidate: 0.0614,
    vectorCoverageOfQuery: 0.3536,
  },
  relative: {
    bm25Claim: 0.471,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 0.4849,
    candidateCoverage: -0.1061,
    queryCoverage: 0.1008,
    bigramOverlap: 0.0441,
    charGramSimilarity: 0.6397,
    numbersShared: 0.1631,
    numbersMissing: 0.048,
    entitiesShared: 0.2795,
    entitiesMissing: 0.202,
    negationMismatch: 0.1607,
    acronymExpanded: -0.0513,
    mediaMatch: 0.1899,
    mediaMismatch: -0.2448,
    authorShared: 0.67,
    yearMatch: 0.1113,
    yearDistance: -0.3087,
    vectorCosine: 0.4665,
    vectorCoverageOfCandidate: 0.024,
    vectorCoverageOfQuery: 0.2447,
  },
  typicalCandidate: {
    mean: {
      bm25Claim: 0.3949,
      bm25Title: 0.025,
      bm25Tags: 0,
      bm25All: 0.3939,
      candidateCoverage: 0.155,
      queryCoverage: 0.1231,
      bigramOverlap: 0.0251,
      charGramSimilarity: 0.1426,
      numbersShared: 0.0167,
      numbersMissing: 0.2697,
      entitiesShared: 0.1987,
      entitiesMissing: 0.9112,
      negationMismatch: 0.3347,
      acronymExpanded: 0.014,
      mediaMatch: 0.0793,
      mediaMismatch: 0.4516,
      authorShared: 0.0719,
      yearMatch: 0.0387,
      yearDistance: 0.0748,
      vectorCosine: 0.2436,
      vectorCoverageOfCandidate: 0.4338,
      vectorCoverageOfQuery: 0.3927,
    },
    deviation: {
      bm25Claim: 0.185,
      bm25Title: 0,
      bm25Tags: 0,
      bm25All: 0.1849,
      candidateCoverage: 0.0855,
      queryCoverage: 0.0671,
      bigramOverlap: 0.0376,
      charGramSimilarity: 0.0739,
      numbersShared: 0.0335,
      numbersMissing: 0.4226,
      entitiesShared: 0.1877,
      entitiesMissing: 0.0982,
      negationMismatch: 0.3193,
      acronymExpanded: 0.0381,
      mediaMatch: 0.1585,
      mediaMismatch: 0.3276,
      authorShared: 0.1059,
      yearMatch: 0.1344,
      yearDistance: 0.2061,
      vectorCosine: 0.253,
      vectorCoverageOfCandidate: 0.1144,
      vectorCoverageOfQuery: 0.0835,
    },
  },
};
