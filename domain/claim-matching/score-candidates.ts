import { analyzeQuery } from "./analyze-query";
import type { CorpusStatistics } from "./corpus-statistics";
import { computeFeatures, FEATURE_NAMES, type FeatureName, type FeatureVector } from "./matching-features";
import { analyzeCandidate, type AnalyzedCandidate, type MatchCandidate } from "./match-candidate";
import { MATCHING_WEIGHTS, type MatchingWeights } from "./matching-weights";
import type { WordVectors } from "./word-vectors";
import { joinedWordCosts } from "./split-joined-words";

export interface ScoredCandidate<C> {
  candidate: C;
  score: number;
  features: FeatureVector;
}

const BM25_FEATURES = ["bm25Claim", "bm25Title", "bm25Tags", "bm25All"] as const;

/**
 * Rescales each BM25 feature by the query's best candidate, so that a weight means the same
 * whatever the query's length; bounded features are left as they are.
 */
export function normalizeFeatureVectors(vectors: FeatureVector[]): FeatureVector[] {
  const best = Object.fromEntries(BM25_FEATURES.map((name) => [name, Math.max(0, ...vectors.map((v) => v[name]))]));
  return vectors.map((vector) => {
    const out = { ...vector };
    for (const name of BM25_FEATURES) out[name] = best[name] ? vector[name] / (best[name] as number) : 0;
    return out;
  });
}

/**
 * bias + Σ weight × feature + Σ weight × feature × feature' over the pairs the weights have
 * (interactions[name][k] weighs `name` times the k-th feature from it on, in FEATURE_NAMES order).
 */
export function linearScore(features: FeatureVector, weights: MatchingWeights): number {
  let score = weights.bias;
  FEATURE_NAMES.forEach((name, i) => {
    const value = features[name];
    score += weights.features[name] * value;
    const row = weights.interactions?.[name];
    if (row) for (let k = 0; k < row.length; k++) score += (row[k] as number) * value * features[FEATURE_NAMES[i + k] as FeatureName];
  });
  return score;
}

/** Turns the linear score into a 0..1 match probability (the scorer was fitted as a logistic model's ranking). */
export function matchProbability(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** Feature vectors of every candidate for one query, normalized together. */
export function candidateFeatures(queryText: string, candidates: readonly AnalyzedCandidate[], stats: CorpusStatistics, vectors: WordVectors | null = null): FeatureVector[] {
  const query = analyzeQuery(queryText, joinedWordCosts(stats, vectors));
  return normalizeFeatureVectors(candidates.map((candidate) => computeFeatures(query, candidate, stats, vectors)));
}

/**
 * Re-ranks the index's candidates for a query: best first, each with its match probability.
 * Pure: the caller supplies the candidates (from the database's full-text index) and the
 * corpus statistics.
 */
export function scoreCandidates<C extends MatchCandidate>(
  queryText: string,
  candidates: readonly C[],
  stats: CorpusStatistics,
  options: { weights?: MatchingWeights; analyze?: (candidate: C) => AnalyzedCandidate; vectors?: WordVectors | null } = {},
): ScoredCandidate<C>[] {
  const weights = options.weights ?? MATCHING_WEIGHTS;
  const features = candidateFeatures(queryText, candidates.map(options.analyze ?? analyzeCandidate), stats, options.vectors ?? null);
  return candidates
    .map((candidate, index) => {
      const vector = features[index] as FeatureVector;
      return { candidate, features: vector, score: matchProbability(linearScore(vector, weights)) };
    })
    .sort((a, b) => b.score - a.score || a.candidate.claimId.localeCompare(b.candidate.claimId));
}

function ranked<C extends MatchCandidate>(candidates: readonly C[], features: readonly FeatureVector[], weights: MatchingWeights): ScoredCandidate<C>[] {
  return candidates
    .map((candidate, index) => {
      const vector = features[index] as FeatureVector;
      return { candidate, features: vector, score: matchProbability(linearScore(vector, weights)) };
    })
    .sort((a, b) => b.score - a.score || a.candidate.claimId.localeCompare(b.candidate.claimId));
}

/**
 * Our claims ranked exactly as scoreCandidates ranks them, and other fact-checkers' reviews
 * (`extras`) scored for the same query in their company: the extras' BM25 features are
 * normalized over both groups, so an external review does not look like a match merely for
 * being the best of a few. Each candidate is analysed and its features computed once.
 */
export function scoreCandidatesWithExtras<C extends MatchCandidate, E extends MatchCandidate>(
  queryText: string,
  candidates: readonly C[],
  extras: readonly E[],
  stats: CorpusStatistics,
  options: { weights?: MatchingWeights; analyze?: (candidate: MatchCandidate) => AnalyzedCandidate; vectors?: WordVectors | null } = {},
): { claims: ScoredCandidate<C>[]; extras: ScoredCandidate<E>[] } {
  const weights = options.weights ?? MATCHING_WEIGHTS;
  const analyze = options.analyze ?? analyzeCandidate;
  const query = analyzeQuery(queryText, joinedWordCosts(stats, options.vectors ?? null));
  const raw = [...candidates, ...extras].map((candidate) => computeFeatures(query, analyze(candidate), stats, options.vectors ?? null));
  const claimFeatures = normalizeFeatureVectors(raw.slice(0, candidates.length));
  const extraFeatures = normalizeFeatureVectors(raw).slice(candidates.length);
  return { claims: ranked(candidates, claimFeatures, weights), extras: ranked(extras, extraFeatures, weights) };
}
