import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
  /**
   * Weights of products of two features: interactions[name][k] weighs `name` times the k-th
   * feature from `name` on in FEATURE_NAMES (k = 0: `name` squared).
   */
  interactions?: Partial<Record<FeatureName, readonly number[]>>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (L2 penalty 0.0001 by 5-fold cross-validation; train MAP@5 0.8782). The score is sigmoid(bias + sum of weight * feature + sum of weight *
 * feature * feature over the interactions): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -9.1083,
  features: {
    bm25Claim: -0.0425,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 0.0073,
    candidateCoverage: -0.2776,
    queryCoverage: 0.0779,
    bigramOverlap: -0.1664,
    charGramSimilarity: 1.2631,
    numbersShared: 0.4268,
    numbersMissing: -0.3362,
    entitiesShared: -0.0078,
    entitiesMissing: 0.2154,
    negationMismatch: 0.034,
    authorShared: 2.2095,
    yearMatch: 0.4668,
    yearDistance: -0.0662,
    vectorCosine: 0.4916,
    vectorCoverageOfCandidate: 0.0296,
    vectorCoverageOfQuery: 0.7461,
  },
  interactions: {
    bm25Claim: [0.7691, 0.2325, 0, 0.8049, 0.3623, 0.3181, 0.1625, 1.1014, 0.6628, -0.2932, 0.6007, -0.2851, -0.1817, 0.084, 0.1755, -0.475, 0.1934, 0.4234, 0.2352],
    bm25Title: [0, 0, 0.2298, 0.1077, 0.0342, 0.0355, 0.0413, -0.0029, -0.1479, 0.1136, -0.0795, 0.0476, 0.0044, -0.0903, -0.0103, 0.0607, 0.0311, -0.0085],
    bm25Tags: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    bm25All: [0.8403, 0.3836, 0.3349, 0.1723, 1.1253, 0.6799, -0.2553, 0.6009, -0.2177, -0.0609, 0.0169, 0.1711, -0.4291, 0.2104, 0.455, 0.2656],
    candidateCoverage: [0.0497, 0.1309, -0.0436, 0.3452, 0.1833, 0.3128, -0.0236, -0.4346, -0.6193, -0.1429, -0.1343, 0.2068, -0.162, -0.0215, 0.0535],
    queryCoverage: [0.0921, 0.0009, 0.3488, 0.0664, -0.3426, 0.1794, -0.0034, -0.3581, 0.046, -0.4613, 0.2342, 0.2461, 0.2405, 0.2503],
    bigramOverlap: [-0.0946, 0.0246, 0.0118, -0.2018, -0.0665, -0.24, 0.0704, -0.1956, -0.1283, 0.0402, -0.1214, -0.0662, -0.0596],
    charGramSimilarity: [0.7549, 0.1475, -0.1719, 0.4462, 1.4036, 1.1525, 0.164, -0.4206, 0.1794, 0.462, 0.8858, 0.8973],
    numbersShared: [0.3123, -0.2637, 0.237, 0.3834, 0.082, -0.187, -0.3467, 0.1313, 0.1981, 0.1698, -0.0399],
    numbersMissing: [0.0069, -0.054, 0.2068, 0.1179, -0.528, 0.9898, -0.6255, 0.8656, 0.4903, -0.7483],
    entitiesShared: [-0.7727, 0.1691, 0.2306, -1.0466, -0.2144, 0.2743, -0.2912, 0.2444, 0.3175],
    entitiesMissing: [0.2635, 0.4466, 2.4977, 0.665, 0.0101, 0.9441, -0.0856, 0.8947],
    negationMismatch: [0.034, -0.1947, -0.3015, -0.803, -0.4456, -0.1903, 0.4154],
    authorShared: [0.1457, 0.3068, -0.3879, -0.2167, -0.384, 0.9197],
    yearMatch: [0.4668, 0, -0.9031, 0.0923, -0.6414],
    yearDistance: [0.1095, 0.6786, 0.169, 0.829],
    vectorCosine: [0.1745, 0.0084, 0.3907],
    vectorCoverageOfCandidate: [-0.1745, 0.403],
    vectorCoverageOfQuery: [0.7997],
  },
};
