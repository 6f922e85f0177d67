/**
 * Tunes the re-ranker's weights on the TRAIN split of ../shared/fixtures/claim-matching only,
 * and writes them to domain/claim-matching/matching-weights.ts (npm run tune:claim-matching).
 *
 * Candidates: the top 100 of a BM25 ranking over all fields (as the database index gives).
 * Ranking weights: coordinate ascent on MAP@5 from a BM25-only start, taking a step only when it
 * gains at least 0.001 (smaller gains on 800 queries were found not to carry over to new ones). Probability scale: a
 * one-variable logistic regression of "is a right answer" on the ranking score, folded into the
 * weights, so that thresholds on the score mean probabilities.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeText } from "../../domain/claim-matching/analyze-text";
import { buildCorpusStatistics } from "../../domain/claim-matching/corpus-statistics";
import { FEATURE_NAMES, type FeatureName, type FeatureVector } from "../../domain/claim-matching/matching-features";
import { fieldStemsOf } from "../../domain/claim-matching/match-candidate";
import type { MatchingWeights } from "../../domain/claim-matching/matching-weights";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { candidateFeatures, linearScore } from "../../domain/claim-matching/score-candidates";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims } from "./fixture-candidates";
import { InMemoryBm25 } from "./in-memory-bm25";

export const CANDIDATES_PER_QUERY = 100;

interface QueryCandidates {
  ids: string[];
  features: FeatureVector[];
  relevant: Set<string>;
}

export function prepareQueries(split: "train" | "dev"): { queries: QueryCandidates[]; recall: number } {
  const claims = loadVerifiedClaims();
  const analyzed = analyzeVerifiedClaims(claims);
  const stats = buildCorpusStatistics([...analyzed.values()].map(fieldStemsOf));
  const ids = [...analyzed.keys()];
  const index = new InMemoryBm25(ids, [...analyzed.values()].map((c) => c.all.stems));
  let found = 0;
  const queries = loadQueries(split).map((query) => {
    const hits = index.search(analyzeText(query.text).stems, CANDIDATES_PER_QUERY).map((hit) => hit.id);
    if (hits.some((id) => query.relevant.has(id))) found++;
    const candidates = hits.map((id) => analyzed.get(id)).filter((c) => c !== undefined);
    return { ids: hits, features: candidateFeatures(query.text, candidates, stats), relevant: query.relevant };
  });
  return { queries, recall: found / queries.length };
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

function coordinateAscent(queries: readonly QueryCandidates[], start: MatchingWeights, rounds: number): MatchingWeights {
  let weights = start;
  let best = evaluate(queries, weights);
  const steps = [-0.5, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.5];
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const name of FEATURE_NAMES) {
      if (name === "bm25All") continue; // the scale: everything else is relative to it
      for (const step of steps) {
        const candidate = { bias: 0, features: { ...weights.features, [name]: round4(weights.features[name] + step) } };
        const value = evaluate(queries, candidate);
        // Only clear gains: small ones on 800 queries are noise and do not carry over to new queries.
        if (value > best + 0.001) {
          best = value;
          weights = candidate;
          improved = true;
        }
      }
    }
    console.log(`round ${round + 1}: train MAP@5 ${best.toFixed(4)}`);
    if (!improved) break;
  }
  return weights;
}

function bm25Only(): MatchingWeights {
  return { bias: 0, features: Object.fromEntries(FEATURE_NAMES.map((name) => [name, name === "bm25All" ? 1 : 0])) as Record<FeatureName, number> };
}

/** Fits P(relevant) = sigmoid(a * score + b) by gradient descent on the log loss. */
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
    a -= (5 * gradA) / samples.length;
    b -= (5 * gradB) / samples.length;
  }
  const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, round4(a * weights.features[name])])) as Record<FeatureName, number>;
  return { bias: round4(b), features };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function writeWeights(weights: MatchingWeights, trainMap: number): void {
  const file = resolve(import.meta.dirname, "..", "..", "domain", "claim-matching", "matching-weights.ts");
  const lines = FEATURE_NAMES.map((name) => `    ${name}: ${weights.features[name]},`).join("\n");
  writeFileSync(
    file,
    `import type { FeatureName } from "./matching-features";

export interface MatchingWeights {
  bias: number;
  features: Record<FeatureName, number>;
}

/**
 * Written by bench/claim-matching/tune-weights.ts (npm run tune:claim-matching) from the TRAIN
 * split only (train MAP@5 ${trainMap.toFixed(4)}). The score is sigmoid(bias + sum of weight * feature):
 * a probability that the candidate is the same claim. Do not edit by hand: re-run the script.
 */
export const MATCHING_WEIGHTS: MatchingWeights = {
  bias: ${weights.bias},
  features: {
${lines}
  },
};
`,
  );
  console.log(`wrote ${join("domain", "claim-matching", "matching-weights.ts")}`);
}

function main(): Promise<void> {
  return Promise.resolve().then(run);
}

function run(): void {
  const { queries, recall } = prepareQueries("train");
  console.log(`train: ${queries.length} queries, right answer among the top ${CANDIDATES_PER_QUERY} candidates for ${(recall * 100).toFixed(1)}%`);
  const ranking = coordinateAscent(queries, bm25Only(), 3);
  const calibrated = calibrate(queries, ranking);
  const trainMap = evaluate(queries, calibrated);
  console.log(`calibrated: train MAP@5 ${trainMap.toFixed(4)}`, calibrated);
  writeWeights(calibrated, trainMap);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
