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
 * split only (L2 penalty 0.0001 by 5-fold cross-validation; train MAP@5 0.8816). The score is sigmoid(bias + sum of weight * feature + sum of relative
 * weight * the feature's z-score among the query's candidates): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -5.505,
  features: {
    bm25Claim: -0.3979,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: -0.3704,
    candidateCoverage: -0.2564,
    queryCoverage: -0.153,
    bigramOverlap: -0.1538,
    charGramSimilarity: 0.2629,
    numbersShared: 0.5533,
    numbersMissing: -0.0767,
    entitiesShared: -0.3453,
    entitiesMissing: -0.018,
    negationMismatch: -0.3652,
    acronymExpanded: 1.5139,
    mediaMatch: -0.7968,
    mediaMismatch: 0.196,
    authorShared: 1.6333,
    yearMatch: 0.9489,
    yearDistance: 0.8722,
    vectorCosine: 0.0046,
    encodedCosine: 0.3891,
    vectorCoverageOfCandidate: 0.0243,
    vectorCoverageOfQuery: 0.288,
  },
  relative: {
    bm25Claim: 0.411,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 0.431,
    candidateCoverage: -0.148,
    queryCoverage: 0.0926,
    bigramOverlap: 0.0887,
    charGramSimilarity: 0.5695,
    numbersShared: 0.1593,
    numbersMissing: -0.0397,
    entitiesShared: 0.2213,
    entitiesMissing: 0.1721,
    negationMismatch: 0.1834,
    acronymExpanded: -0.0517,
    mediaMatch: 0.2339,
    mediaMismatch: -0.2082,
    authorShared: 0.6296,
    yearMatch: 0.0938,
    yearDistance: -0.2987,
    vectorCosine: 0.2151,
    encodedCosine: 0.5024,
    vectorCoverageOfCandidate: -0.0084,
    vectorCoverageOfQuery: 0.2167,
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
      encodedCosine: 0.209,
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
      encodedCosine: 0.1869,
      vectorCoverageOfCandidate: 0.1144,
      vectorCoverageOfQuery: 0.0835,
    },
  },
};
