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
 * split only (L2 penalty 0.0001 by 5-fold cross-validation; train MAP@5 0.8783). The score is sigmoid(bias + sum of weight * feature + sum of weight *
 * feature * feature over the interactions): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: -9.1889,
  features: {
    bm25Claim: 0.0213,
    bm25Title: 0,
    bm25Tags: 0,
    bm25All: 0.0718,
    candidateCoverage: -0.3085,
    queryCoverage: 0.0653,
    bigramOverlap: -0.2044,
    charGramSimilarity: 1.2764,
    numbersShared: 0.3588,
    numbersMissing: -0.4743,
    entitiesShared: 0.0052,
    entitiesMissing: 0.1454,
    negationMismatch: 0.2255,
    authorShared: 2.5646,
    yearMatch: 0.2683,
    yearDistance: -0.0855,
    vectorCosine: 0.476,
    vectorCoverageOfCandidate: 0.0397,
    vectorCoverageOfQuery: 0.8233,
  },
  interactions: {
    bm25Claim: [0.8383, 0.1868, 0, 0.8762, 0.392, 0.2801, 0.1604, 1.1612, 0.8237, -0.2463, 0.639, -0.2141, -0.1874, 0.0395, 0.3421, -0.5026, 0.1515, 0.4218, 0.1546],
    bm25Title: [0, 0, 0.1939, 0.0526, 0.0278, 0.1336, 0.0862, -0.0131, -0.4261, 0.048, -0.0347, 0.1784, -0.0511, -0.185, -0.0172, 0.3599, 0.0873, 0.1309],
    bm25Tags: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    bm25All: [0.913, 0.4176, 0.2974, 0.172, 1.189, 0.8362, -0.1779, 0.6338, -0.1452, -0.0844, -0.0377, 0.3605, -0.4455, 0.1676, 0.4585, 0.1854],
    candidateCoverage: [0.052, 0.118, -0.0589, 0.3603, 0.3136, 0.5098, 0.0483, -0.485, -0.6941, -0.3008, -0.1062, 0.2884, -0.2738, -0.0447, -0.0114],
    queryCoverage: [0.066, 0.0001, 0.3475, 0.1679, -0.2725, 0.1018, 0.0076, -0.6906, -0.014, -0.4126, 0.2527, 0.2942, 0.225, 0.1986],
    bigramOverlap: [-0.1326, 0.0338, 0.034, -0.1646, -0.1226, -0.2424, 0.1014, -0.2131, -0.1424, 0.0963, -0.1248, -0.0614, -0.0363],
    charGramSimilarity: [0.7742, 0.184, -0.3005, 0.4615, 1.4067, 1.03, 0.0395, -0.5005, 0.2104, 0.4991, 0.9077, 0.875],
    numbersShared: [0.494, -0.4424, 0.219, 0.345, -0.2959, -0.2072, -0.5235, 0.0834, -0.0423, 0.0696, -0.0003],
    numbersMissing: [0.1354, -0.0804, 0.0572, 0.0418, -0.6981, 1.0672, -0.6571, 0.6872, 0.8404, -0.7894],
    entitiesShared: [-1.1694, 0.2883, 0.2889, -0.6686, -0.1337, 0.3878, -0.2669, 0.312, 0.4967],
    entitiesMissing: [0.0508, 0.5445, 2.6432, 0.4099, -0.0375, 0.912, -0.1141, 0.8659],
    negationMismatch: [0.2255, -0.4964, -0.2099, -1.1489, -0.4799, -0.3885, 0.28],
    authorShared: [-0.0518, 0.9164, -0.6823, -0.2048, -0.6293, 0.7135],
    yearMatch: [0.2683, 0, -1.0748, 0.3673, -0.367],
    yearDistance: [0.2131, 0.6749, 0.2028, 0.9429],
    vectorCosine: [0.2011, -0.0473, 0.5784],
    vectorCoverageOfCandidate: [-0.2457, 0.3567],
    vectorCoverageOfQuery: [0.7158],
  },
};
