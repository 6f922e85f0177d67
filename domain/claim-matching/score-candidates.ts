import { analyzeQuery } from "./analyze-query";
import type { CorpusStatistics } from "./corpus-statistics";
import { computeFeatures, FEATURE_NAMES, type FeatureVector } from "./matching-features";
import { analyzeCandidate, type AnalyzedCandidate, type MatchCandidate } from "./match-candidate";
import { MATCHING_WEIGHTS, type MatchingWeights } from "./matching-weights";
import type { WordVectors } from "./word-vectors";
import type { SentenceEmbeddings } from "./sentence-embeddings";
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

/** Each feature's mean and standard deviation over a group of candidates. */
export interface CandidateSpread {
  mean: FeatureVector;
  deviation: FeatureVector;
}

export function candidateSpread(vectors: readonly FeatureVector[]): CandidateSpread {
  const mean = {} as FeatureVector;
  const deviation = {} as FeatureVector;
  for (const name of FEATURE_NAMES) {
    const values = vectors.map((vector) => vector[name]);
    const average = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    mean[name] = average;
    deviation[name] = Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / Math.max(1, values.length));
  }
  return { mean, deviation };
}

/**
 * How many typical candidates (MatchingWeights.typicalCandidate) stand beside a query's other
 * candidates in candidateStandings. As many as the index hands over (30): with a full list the
 * query's own candidates weigh half; with one to three (a small archive) a candidate is measured
 * mostly against what candidates usually look like, so that a verbatim repeat of the only
 * published claim still stands out (5 instead gave a repeat among 3 candidates probability 0.17).
 */
export const TYPICAL_CANDIDATE_COUNT = 30;

/**
 * Each candidate's standing per feature: how many standard deviations it lies above the query's
 * other candidates, pooled with TYPICAL_CANDIDATE_COUNT typical ones when `typical` is given
 * (0 when they are all alike).
 */
export function candidateStandings(vectors: readonly FeatureVector[], typical?: CandidateSpread): FeatureVector[] {
  const standings = vectors.map(() => ({}) as FeatureVector);
  const priorCount = typical ? TYPICAL_CANDIDATE_COUNT : 0;
  const others = vectors.length - 1 + priorCount;
  for (const name of FEATURE_NAMES) {
    const priorMean = typical?.mean[name] ?? 0;
    const priorSum = priorCount * priorMean;
    const priorSquares = priorCount * ((typical?.deviation[name] ?? 0) ** 2 + priorMean ** 2);
    let sum = 0;
    let squares = 0;
    for (const vector of vectors) {
      sum += vector[name];
      squares += vector[name] ** 2;
    }
    vectors.forEach((vector, index) => {
      const value = vector[name];
      const mean = others > 0 ? (sum - value + priorSum) / others : 0;
      const deviation = others > 0 ? Math.sqrt(Math.max(0, (squares - value ** 2 + priorSquares) / others - mean ** 2)) : 0;
      (standings[index] as FeatureVector)[name] = deviation > 1e-6 ? (value - mean) / deviation : 0;
    });
  }
  return standings;
}

/**
 * bias + Σ weight × feature + Σ relative weight × the feature's standing among the query's
 * candidates (candidateStandings): a candidate is judged by its own features and by how far it
 * stands out from the others the index found for the same query.
 */
export function linearScore(features: FeatureVector, weights: MatchingWeights, standing?: FeatureVector): number {
  let score = weights.bias;
  for (const name of FEATURE_NAMES) {
    score += weights.features[name] * features[name];
    if (standing && weights.relative) score += weights.relative[name] * standing[name];
  }
  return score;
}

/** Turns the linear score into a 0..1 match probability (the scorer was fitted as a logistic model's ranking). */
export function matchProbability(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** Feature vectors of every candidate for one query, normalized together. */
export function candidateFeatures(
  queryText: string,
  candidates: readonly AnalyzedCandidate[],
  stats: CorpusStatistics,
  vectors: WordVectors | null = null,
  embeddings: SentenceEmbeddings | null = null,
): FeatureVector[] {
  const query = analyzeQuery(queryText, joinedWordCosts(stats, vectors));
  return normalizeFeatureVectors(candidates.map((candidate) => computeFeatures(query, candidate, stats, vectors, embeddings)));
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
  options: { weights?: MatchingWeights; analyze?: (candidate: C) => AnalyzedCandidate; vectors?: WordVectors | null; embeddings?: SentenceEmbeddings | null } = {},
): ScoredCandidate<C>[] {
  const weights = options.weights ?? MATCHING_WEIGHTS;
  const features = candidateFeatures(queryText, candidates.map(options.analyze ?? analyzeCandidate), stats, options.vectors ?? null, options.embeddings ?? null);
  return ranked(candidates, features, candidateStandings(features, weights.typicalCandidate), weights);
}

function ranked<C extends MatchCandidate>(candidates: readonly C[], features: readonly FeatureVector[], standings: readonly FeatureVector[], weights: MatchingWeights): ScoredCandidate<C>[] {
  return candidates
    .map((candidate, index) => {
      const vector = features[index] as FeatureVector;
      return { candidate, features: vector, score: matchProbability(linearScore(vector, weights, standings[index])) };
    })
    .sort((a, b) => b.score - a.score || a.candidate.claimId.localeCompare(b.candidate.claimId));
}

/**
 * Our claims ranked exactly as scoreCandidates ranks them, and other fact-checkers' reviews
 * (`extras`) scored for the same query in their company: the extras' BM25 features and their
 * standing among the candidates are taken over both groups, so an external review does not look
 * like a match merely for being the best of a few. Each candidate is analysed and its features computed once.
 */
export function scoreCandidatesWithExtras<C extends MatchCandidate, E extends MatchCandidate>(
  queryText: string,
  candidates: readonly C[],
  extras: readonly E[],
  stats: CorpusStatistics,
  options: { weights?: MatchingWeights; analyze?: (candidate: MatchCandidate) => AnalyzedCandidate; vectors?: WordVectors | null; embeddings?: SentenceEmbeddings | null } = {},
): { claims: ScoredCandidate<C>[]; extras: ScoredCandidate<E>[] } {
  const weights = options.weights ?? MATCHING_WEIGHTS;
  const analyze = options.analyze ?? analyzeCandidate;
  const query = analyzeQuery(queryText, joinedWordCosts(stats, options.vectors ?? null));
  const raw = [...candidates, ...extras].map((candidate) => computeFeatures(query, analyze(candidate), stats, options.vectors ?? null, options.embeddings ?? null));
  const claimFeatures = normalizeFeatureVectors(raw.slice(0, candidates.length));
  const allFeatures = normalizeFeatureVectors(raw);
  return {
    claims: ranked(candidates, claimFeatures, candidateStandings(claimFeatures, weights.typicalCandidate), weights),
    extras: ranked(extras, allFeatures.slice(candidates.length), candidateStandings(allFeatures, weights.typicalCandidate).slice(candidates.length), weights),
  };
}
