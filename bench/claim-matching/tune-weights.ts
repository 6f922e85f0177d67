/**
 * npm run tune:claim-matching: fits the re-ranker's weights on the TRAIN split of
 * ../shared/fixtures/claim-matching only, and writes domain/claim-matching/matching-weights.ts.
 *
 * Candidates: the top CANDIDATES_PER_QUERY of a BM25 ranking over all fields, asked for the words
 * the database index is asked for (indexQueryTerms: the rarest 24, joined hashtags split), as the
 * index hands them to the re-ranker; their features as the product computes them (with the
 * committed word vectors and the sentence encoder's vectors, fixture-sentence-embeddings.ts). Model: a linear ranker over the features and each feature's standing
 * among the query's candidates (its z-score against the other candidates and TYPICAL_CANDIDATE_COUNT
 * typical ones, whose mean and deviation are the train queries' averages: candidateStandings in
 * score-candidates.ts), fitted as a pairwise logistic regression (each right answer against each wrong
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
import { MATCH_THRESHOLDS } from "../../domain/claim-matching/match-thresholds";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { candidateFeatures, candidateSpread, candidateStandings, linearScore, matchProbability, normalizeFeatureVectors, type CandidateSpread } from "../../domain/claim-matching/score-candidates";
import type { WordVectors } from "../../domain/claim-matching/word-vectors";
import { loadWordVectors } from "../../server/data/claim-search/load-word-vectors";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims } from "./fixture-candidates";
import { fixtureSentenceEmbeddings } from "./fixture-sentence-embeddings";
import { queryEncoderText } from "../../domain/claim-matching/analyze-query";
import { InMemoryBm25 } from "./in-memory-bm25";
import { median } from "../reader/serve";

/** As many candidates as the database index hands the re-ranker (CANDIDATE_COUNT in server/data/claim-search/search-candidates.ts). */
export const CANDIDATES_PER_QUERY = 30;
const L2_GRID = [0.01, 0.001, 0.0001, 0.00001];
const FOLDS = 5;

export interface QueryCandidates {
  ids: string[];
  features: FeatureVector[];
  relevant: Set<string>;
}

export async function prepareQueries(
  split: "train" | "dev",
  vectors: WordVectors | null,
  candidatesPerQuery = CANDIDATES_PER_QUERY,
): Promise<{ queries: QueryCandidates[]; recall: number }> {
  const claims = loadVerifiedClaims();
  const analyzed = analyzeVerifiedClaims(claims);
  const stats = buildCorpusStatistics([...analyzed.values()].map(fieldStemsOf));
  const index = new InMemoryBm25([...analyzed.keys()], [...analyzed.values()].map((c) => c.all.stems));
  const fixtureQueries = loadQueries(split);
  const embeddings = await fixtureSentenceEmbeddings([
    ...fixtureQueries.map((query) => queryEncoderText(query.text)),
    ...[...analyzed.values()].flatMap((candidate) => Object.values(candidate.encoderTexts)),
  ]);
  let found = 0;
  const queries = fixtureQueries.map((query) => {
    const hits = index.search(candidateSourceStems(query.text, stats, vectors), candidatesPerQuery).map((hit) => hit.id);
    if (hits.some((id) => query.relevant.has(id))) found++;
    const candidates = hits.map((id) => analyzed.get(id)).filter((c) => c !== undefined);
    return { ids: hits, features: candidateFeatures(query.text, candidates, stats, vectors, embeddings), relevant: query.relevant };
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
      const standings = candidateStandings(query.features, weights.typicalCandidate);
      const scored = query.ids.map((id, i) => ({ id, score: linearScore(query.features[i] as FeatureVector, weights, standings[i]) }));
      scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, "en", { numeric: true }));
      return { ranked: scored.map((s) => s.id), relevant: query.relevant };
    }),
  );
}

/** The model's inputs for each candidate of a query: the features, then each one's standing among the query's candidates. */
function modelInputs(query: QueryCandidates, typical: CandidateSpread): Float64Array[] {
  const standings = candidateStandings(query.features, typical);
  return query.features.map((vector, i) => Float64Array.from([...FEATURE_NAMES.map((name) => vector[name]), ...FEATURE_NAMES.map((name) => (standings[i] as FeatureVector)[name])]));
}
const MODEL_INPUTS = 2 * FEATURE_NAMES.length;

/** What a query's candidate usually looks like: the train queries' average of their candidates' means and deviations. */
export function typicalCandidate(queries: readonly QueryCandidates[]): CandidateSpread {
  const spreads = queries.map((query) => candidateSpread(query.features));
  const average = (pick: (spread: CandidateSpread) => FeatureVector) =>
    Object.fromEntries(FEATURE_NAMES.map((name) => [name, round4(spreads.reduce((sum, spread) => sum + pick(spread)[name], 0) / Math.max(1, spreads.length))])) as FeatureVector;
  return { mean: average((spread) => spread.mean), deviation: average((spread) => spread.deviation) };
}

/** Weights in modelInputs' order as MatchingWeights (features alone when `w` has no standings' weights). */
export function toWeights(w: readonly number[], typical?: CandidateSpread, bias = 0): MatchingWeights {
  const features = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, w[j] ?? 0])) as Record<FeatureName, number>;
  if (w.length <= FEATURE_NAMES.length) return { bias, features };
  const relative = Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, w[FEATURE_NAMES.length + j] ?? 0])) as Record<FeatureName, number>;
  return { bias, features, relative, typicalCandidate: typical };
}

/** Pairwise logistic regression with an L2 penalty, full-batch Adam from zero (deterministic). */
export function fitPairwise(queries: readonly QueryCandidates[], typical: CandidateSpread, l2: number, iterations = 800): number[] {
  const pairs: Float64Array[] = [];
  for (const query of queries) {
    const rows = modelInputs(query, typical);
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
export function chooseL2(queries: readonly QueryCandidates[], typical: CandidateSpread): { l2: number; map: number } {
  let best = { l2: L2_GRID[0] as number, map: -1 };
  for (const l2 of L2_GRID) {
    let sum = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const fit = fitPairwise(queries.filter((_, i) => i % FOLDS !== fold), typical, l2);
      sum += evaluate(queries.filter((_, i) => i % FOLDS === fold), toWeights(fit, typical));
    }
    console.log(`l2 ${l2}: 5-fold cross-validated train MAP@5 ${(sum / FOLDS).toFixed(4)}`);
    if (sum / FOLDS > best.map) best = { l2, map: sum / FOLDS };
  }
  return best;
}

/** Fits P(relevant) = sigmoid(a * score + b) by gradient descent on the log loss, and folds a and b into the weights. */
function calibrate(queries: readonly QueryCandidates[], weights: MatchingWeights): MatchingWeights {
  const samples = queries.flatMap((q) => {
    const standings = candidateStandings(q.features, weights.typicalCandidate);
    return q.ids.map((id, i) => ({ x: linearScore(q.features[i] as FeatureVector, weights, standings[i]), y: q.relevant.has(id) ? 1 : 0 }));
  });
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
    relative: Object.fromEntries(FEATURE_NAMES.map((name) => [name, round4(a * (weights.relative?.[name] ?? 0))])) as Record<FeatureName, number>,
    typicalCandidate: weights.typicalCandidate,
  };
}

/**
 * Match probabilities when the index finds only `companySize` candidates (a small archive): each
 * query's right answer with the first wrong ones of its candidate list, scored among themselves.
 */
function probabilitiesInCompany(queries: readonly QueryCandidates[], weights: MatchingWeights, companySize: number): { right: number[]; wrong: number[] } {
  const right: number[] = [];
  const wrong: number[] = [];
  for (const query of queries) {
    const answer = query.ids.findIndex((id) => query.relevant.has(id));
    if (answer < 0) continue;
    const others = query.ids.map((_, i) => i).filter((i) => !query.relevant.has(query.ids[i] as string)).slice(0, companySize - 1);
    const company = [answer, ...others];
    const features = normalizeFeatureVectors(company.map((i) => query.features[i] as FeatureVector));
    const standings = candidateStandings(features, weights.typicalCandidate);
    features.forEach((vector, k) => (k === 0 ? right : wrong).push(matchProbability(linearScore(vector, weights, standings[k]))));
  }
  return { right, wrong };
}

/** One line per archive size: how the right answers and the wrong candidates fare against the two thresholds. */
function describeThresholds(queries: readonly QueryCandidates[], weights: MatchingWeights): void {
  const share = (values: readonly number[], threshold: number) => `${((values.filter((value) => value >= threshold).length / Math.max(1, values.length)) * 100).toFixed(1)}%`;
  for (const size of [1, 3, CANDIDATES_PER_QUERY]) {
    const { right, wrong } = probabilitiesInCompany(queries, weights, size);
    console.log(
      `${size} candidate(s): right answers median ${median(right).toFixed(3)}, ${share(right, MATCH_THRESHOLDS.same)} "probably the same", ${share(right, MATCH_THRESHOLDS.show)} shown; wrong candidates shown ${share(wrong, MATCH_THRESHOLDS.show)}`,
    );
  }
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function writeWeights(weights: MatchingWeights, note: string): void {
  const file = resolve(import.meta.dirname, "..", "..", "domain", "claim-matching", "matching-weights.ts");
  const lines = FEATURE_NAMES.map((name) => `    ${name}: ${weights.features[name]},`).join("\n");
  const relativeLines = FEATURE_NAMES.map((name) => `    ${name}: ${weights.relative?.[name] ?? 0},`).join("\n");
  const typicalLines = (pick: "mean" | "deviation") => FEATURE_NAMES.map((name) => `      ${name}: ${weights.typicalCandidate?.[pick][name] ?? 0},`).join("\n");
  writeFileSync(
    file,
    `import type { FeatureName } from "./matching-features";

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
 * split only (${note}). The score is sigmoid(bias + sum of weight * feature + sum of relative
 * weight * the feature's z-score among the query's candidates): a probability
 * that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: ${weights.bias},
  features: {
${lines}
  },
  relative: {
${relativeLines}
  },
  typicalCandidate: {
    mean: {
${typicalLines("mean")}
    },
    deviation: {
${typicalLines("deviation")}
    },
  },
};
`,
  );
  console.log(`wrote ${join("domain", "claim-matching", "matching-weights.ts")}`);
}

async function run(): Promise<void> {
  const vectors = loadWordVectors(resolve(import.meta.dirname, "..", ".."));
  if (!vectors) throw new Error("word vectors missing: run npm run build:word-vectors");
  const { queries: train, recall } = await prepareQueries("train", vectors);
  console.log(`train: ${train.length} queries, right answer among the top ${CANDIDATES_PER_QUERY} candidates for ${(recall * 100).toFixed(1)}%`);
  const typical = typicalCandidate(train);
  const { l2 } = chooseL2(train, typical);
  const calibrated = calibrate(train, toWeights(fitPairwise(train, typical, l2), typical));
  const trainMap = evaluate(train, calibrated);
  const { queries: dev, recall: devRecall } = await prepareQueries("dev", vectors);
  const bm25Only = toWeights(FEATURE_NAMES.map((name) => (name === "bm25All" ? 1 : 0)));
  console.log(`l2 ${l2}; train MAP@5 ${trainMap.toFixed(4)} (BM25 alone ${evaluate(train, bm25Only).toFixed(4)})`);
  console.log(`dev (reported, not used): MAP@5 ${evaluate(dev, calibrated).toFixed(4)} (BM25 alone ${evaluate(dev, bm25Only).toFixed(4)}; right answer among the candidates ${(devRecall * 100).toFixed(1)}%)`);
  describeThresholds(train, calibrated);
  console.log(calibrated);
  writeWeights(calibrated, `L2 penalty ${l2} by 5-fold cross-validation; train MAP@5 ${trainMap.toFixed(4)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await run();
