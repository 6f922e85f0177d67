/**
 * npm run tune:claim-matching: fits the re-ranker's weights on the TRAIN split of
 * ../shared/fixtures/claim-matching only, and writes domain/claim-matching/matching-weights.ts.
 *
 * Candidates: the top CANDIDATES_PER_QUERY of a BM25 ranking over all fields, asked for the words
 * the database index is asked for (indexQueryTerms: the rarest 24, joined hashtags split), as the
 * index hands them to the re-ranker; their features as the product computes them (with the
 * committed word vectors). Model: a linear ranker over the features and the products of every two
 * of them (19 + 190 inputs; with the products 5-fold train CV MAP@5 0.8699 against 0.8659 for the
 * features alone), fitted as a pairwise logistic regression (each right answer against each wrong
 * candidate of the same query), with an L2 penalty chosen by
 * 5-fold cross-validation on train queries (MAP@5 of the held-out fold). Then a one-variable
 * logistic regression of "is a right answer" on its score, folded into the weights, so that the
 * score is a probability. Dev is only evaluated and printed, never used to choose anything.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildCorpusStatistics, type CorpusStatistics } from "../../domain/claim-matching/corpus-statistics";
import { indexQueryTerms } from "../../domain/claim-matching/index-query-terms";
import { stemWord } from "../../domain/claim-matching/stem-word";
import { FEATURE_NAMES, type FeatureName, type FeatureVector } from "../../domain/claim-matching/matching-features";
import { fieldStemsOf } from "../../domain/claim-matching/match-candidate";
import type { MatchingWeights } from "../../domain/claim-matching/matching-weights";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { candidateFeatures, linearScore } from "../../domain/claim-matching/score-candidates";
import type { WordVectors } from "../../domain/claim-matching/word-vectors";
import { loadWordVectors } from "../../server/data/claim-search/load-word-vectors";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims } from "./fixture-candidates";
import { InMemoryBm25 } from "./in-memory-bm25";

/** As many candidates as the database index hands the re-ranker (CANDIDATE_COUNT in server/data/claim-search/search-candidates.ts). */
export const CANDIDATES_PER_QUERY = 30;
const L2_GRID = [0.01, 0.001, 0.0001, 0.00001];
const FOLDS = 5;

export interface QueryCandidates {
  ids: string[];
  features: FeatureVector[];
  relevant: Set<string>;
}

export function prepareQueries(split: "train" | "dev", vectors: WordVectors | null, candidatesPerQuery = CANDIDATES_PER_QUERY): { queries: QueryCandidates[]; recall: number } {
  const claims = loadVerifiedClaims();
  const analyzed = analyzeVerifiedClaims(claims);
  const stats = buildCorpusStatistics([...analyzed.values()].map(fieldStemsOf));
  const index = new InMemoryBm25([...analyzed.keys()], [...analyzed.values()].map((c) => c.all.stems));
  let found = 0;
  const queries = loadQueries(split).map((query) => {
    const hits = index.search(candidateSourceStems(query.text, stats, vectors), candidatesPerQuery).map((hit) => hit.id);
    if (hits.some((id) => query.relevant.has(id))) found++;
    const candidates = hits.map((id) => analyzed.get(id)).filter((c) => c !== undefined);
    return { ids: hits, features: candidateFeatures(query.text, candidates, stats, vectors), relevant: query.relevant };
  });
  return { queries, recall: found / queries.length };
}

/** What the in-memory BM25 index is asked for: the words the database's index is asked for (indexQueryTerms), stemmed. */
function candidateSourceStems(text: string, stats: CorpusStatistics, vectors: WordVectors | null): string[] {
  return indexQueryTerms(text, stats, { vectors }).map(stemWord);
}

export function evaluate(queries: readonly QueryCandidates[], weights: MatchingWeights): number {
  return meanAveragePrecisionAt(
    queries.map((query) => {
      const scored = query.ids.map((id, i) => ({ id, score: linearScore(query.features[i] as FeatureVector, weights) }));
      scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, "en", { numeric: true }));
      return { ranked: scored.map((s) => s.id), relevant: query.relevant };
    }),
  );
}

/** The model's inputs: the features, then the product of each feature with itself and with every later one. */
function modelInputs(vector: FeatureVector): Float64Array {
  const values = FEATURE_NAMES.map((name) => vector[name]);
  const inputs = new Float64Array(MODEL_INPUTS);
  values.forEach((value, i) => (inputs[i] = value));
  let k = values.length;
  for (let i = 0; i < values.length; i++) for (let j = i; j < values.length; j++) inputs[k++] = (values[i] as number) * (values[j] as number);
  return inputs;
}
const MODEL_INPUTS = FEATURE_NAMES.length + (FEATURE_NAMES.length * (FEATURE_NAMES.length + 1)) / 2;

/** Weights in modelInputs' order as MatchingWeights (interactions: one row per feature, itself and every later one). */
export function toWeights(w: readonly number[], bias = 0): MatchingWeights {
  const features = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, w[j] ?? 0])) as Record<FeatureName, number>;
  if (w.length <= FEATURE_NAMES.length) return { bias, features };
  let k = FEATURE_NAMES.length;
  const interactions = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, FEATURE_NAMES.slice(i).map(() => w[k++] ?? 0)])) as Record<FeatureName, number[]>;
  return { bias, features, interactions };
}

/** Pairwise logistic regression with an L2 penalty, full-batch Adam from zero (deterministic). */
export function fitPairwise(queries: readonly QueryCandidates[], l2: number, iterations = 800): number[] {
  const pairs: Float64Array[] = [];
  for (const query of queries) {
    const rows = query.features.map(modelInputs);
    query.ids.forEach((id, p) => {
      if (!query.relevant.has(id)) return;
      query.ids.forEach((other, n) => {
        if (!query.relevant.has(other)) pairs.push((rows[p] as Float64Array).map((value, j) => value - ((rows[n] as Float64Array)[j] as number)));
      });
    });
  }
  const d = MODEL_INPUTS;
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  for (let t = 1; t <= iterations; t++) {
    const gradient = new Float64Array(d);
    for (const pair of pairs) {
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (pair[j] as number);
      const slope = -1 / (1 + Math.exp(z));
      for (let j = 0; j < d; j++) gradient[j] = (gradient[j] as number) + slope * (pair[j] as number);
    }
    for (let j = 0; j < d; j++) {
      const g = (gradient[j] as number) / Math.max(1, pairs.length) + l2 * (w[j] as number);
      m[j] = 0.9 * (m[j] as number) + 0.1 * g;
      v[j] = 0.999 * (v[j] as number) + 0.001 * g * g;
      w[j] = (w[j] as number) - (0.05 * ((m[j] as number) / (1 - 0.9 ** t))) / (Math.sqrt((v[j] as number) / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return [...w];
}

/** The L2 penalty of the grid with the best 5-fold cross-validated MAP@5 on `queries`, and that MAP. */
export function chooseL2(queries: readonly QueryCandidates[]): { l2: number; map: number } {
  let best = { l2: L2_GRID[0] as number, map: -1 };
  for (const l2 of L2_GRID) {
    let sum = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const fit = fitPairwise(queries.filter((_, i) => i % FOLDS !== fold), l2);
      sum += evaluate(queries.filter((_, i) => i % FOLDS === fold), toWeights(fit));
    }
    console.log(`l2 ${l2}: 5-fold cross-validated train MAP@5 ${(sum / FOLDS).toFixed(4)}`);
    if (sum / FOLDS > best.map) best = { l2, map: sum / FOLDS };
  }
  return best;
}

/** Fits P(relevant) = sigmoid(a * score + b) by gradient descent on the log loss, and folds a and b into the weights. */
function calibrate(queries: readonly QueryCandidates[], weights: MatchingWeights): MatchingWeights {
  const samples = queries.flatMap((q) => q.ids.map((id, i) => ({ x: linearScore(q.features[i] as FeatureVector, weights), y: q.relevant.has(id) ? 1 : 0 })));
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 3000; iteration++) {
    let gradA = 0;
    let gradB = 0;
    for (const { x, y } of samples) {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      gradA += (p - y) * x;
      gradB += p - y;
    }
    a -= (0.5 * gradA) / samples.length;
    b -= (5 * gradB) / samples.length;
  }
  return {
    bias: round4(b),
    features: Object.fromEntries(FEATURE_NAMES.map((name) => [name, round4(a * weights.features[name])])) as Record<FeatureName, number>,
    interactions: Object.fromEntries(FEATURE_NAMES.map((name) => [name, (weights.interactions?.[name] ?? []).map((w) => round4(a * w))])) as Record<FeatureName, number[]>,
  };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function writeWeights(weights: MatchingWeights, note: string): void {
  const file = resolve(import.meta.dirname, "..", "..", "domain", "claim-matching", "matching-weights.ts");
  const lines = FEATURE_NAMES.map((name) => `    ${name}: ${weights.features[name]},`).join("\n");
  const interactionLines = FEATURE_NAMES.map((name) => `    ${name}: [${(weights.interactions?.[name] ?? []).join(", ")}],`).join("\n");
  writeFileSync(
    file,
    `import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
  /**
   * Weights of products of two features: interactions[name][k] weighs \`name\` times the k-th
   * feature from \`name\` on in FEATURE_NAMES (k = 0: \`name\` squared).
   */
  interactions?: Partial<Record<FeatureName, readonly number[]>>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (${note}). The score is sigmoid(bias + sum of weight * feature + sum of weight *
 * feature * feature over the interactions): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: ${weights.bias},
  features: {
${lines}
  },
  interactions: {
${interactionLines}
  },
};
`,
  );
  console.log(`wrote ${join("domain", "claim-matching", "matching-weights.ts")}`);
}

function run(): void {
  const vectors = loadWordVectors(resolve(import.meta.dirname, "..", ".."));
  if (!vectors) throw new Error("word vectors missing: run npm run build:word-vectors");
  const { queries: train, recall } = prepareQueries("train", vectors);
  console.log(`train: ${train.length} queries, right answer among the top ${CANDIDATES_PER_QUERY} candidates for ${(recall * 100).toFixed(1)}%`);
  const { l2 } = chooseL2(train);
  const calibrated = calibrate(train, toWeights(fitPairwise(train, l2)));
  const trainMap = evaluate(train, calibrated);
  const { queries: dev, recall: devRecall } = prepareQueries("dev", vectors);
  const bm25Only = toWeights(FEATURE_NAMES.map((name) => (name === "bm25All" ? 1 : 0)));
  console.log(`l2 ${l2}; train MAP@5 ${trainMap.toFixed(4)} (BM25 alone ${evaluate(train, bm25Only).toFixed(4)})`);
  console.log(`dev (reported, not used): MAP@5 ${evaluate(dev, calibrated).toFixed(4)} (BM25 alone ${evaluate(dev, bm25Only).toFixed(4)}; right answer among the candidates ${(devRecall * 100).toFixed(1)}%)`);
  console.log(calibrated);
  writeWeights(calibrated, `L2 penalty ${l2} by 5-fold cross-validation; train MAP@5 ${trainMap.toFixed(4)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) run();
