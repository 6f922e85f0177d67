/**
 * One provider's half of `npm run bench:claim-matching` (bench/claim-matching/run.ts starts it):
 *   tsx bench/claim-matching/measure.ts <sqlite|postgresql> <database url>
 * Loads the 10,375 verified claims as published reviews through the product's data functions
 * (createArticle, createClaims, changeArticleStatus; bench/claim-matching/fixture-candidates.ts
 * says how a verified claim is stored), then answers every dev query through
 * searchSimilarClaims, the code under GET /api/claims/similar's cache. Prints one JSON line.
 */
import { register } from "node:module";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { averagePrecisionAt, bootstrapInterval, meanAveragePrecisionAt, precisionAtOne } from "../../domain/claim-matching/ranking-metrics";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { VERIFIED_CLAIMS_PER_ARTICLE } from "./fixture-candidates";
import { publishVerifiedClaims } from "./publish-verified-claims";

register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}`)}`,
);

export interface ProviderFigures {
  provider: string;
  claims: number;
  loadSeconds: number;
  /** Encoding every indexed text's sentence vector after loading (embedIndexedTexts), and how many texts. */
  embedSeconds: number;
  embeddedTexts: number;
  statisticsMs: number;
  queries: number;
  /** With the 95% bootstrap interval of MAP@5 over the queries. */
  reranked: { map5: number; p1: number; map5Interval: { low: number; high: number } };
  databaseRankingOnly: { map5: number; p1: number };
  medianMs: number;
  p95Ms: number;
  /** The same queries again: every candidate analysed before, as in a server that has been answering for a while. */
  warmMedianMs: number;
  warmP95Ms: number;
  /**
   * The longest the process's main thread was held while the dev queries were answered (event-loop
   * delay, 99th percentile and maximum): what other requests of a server would have waited.
   */
  mainThreadDelayP99Ms: number;
  mainThreadDelayMaxMs: number;
  candidateMedianMs: number;
  /** How many candidates the index hands to the re-ranker (CANDIDATE_COUNT). */
  candidateCount: number;
  /** Share of the queries whose right answer is among those candidates (the re-ranker's ceiling). */
  candidateRecall: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function main() {
  const [provider, url] = process.argv.slice(2);
  if (!provider || !url) throw new Error("usage: measure.ts <sqlite|postgresql> <database url>");
  process.env.DATABASE_URL = url;
  const { db } = await import("../../server/db");
  const { searchSimilarClaims } = await import("../../server/data/claim-search/search-similar-claims");
  const { searchCandidates, CANDIDATE_COUNT } = await import("../../server/data/claim-search/search-candidates");
  const { claimCorpusStatistics } = await import("../../server/data/claim-search/claim-corpus-statistics");
  const { indexQueryTerms } = await import("../../domain/claim-matching/index-query-terms");
  const { embedIndexedTexts } = await import("../../server/data/claim-search/embed-indexed-texts");
  const { matcherWordVectors } = await import("../../server/data/claim-search/matcher-word-vectors");

  const verified = loadVerifiedClaims().slice(0, Number(process.env.BENCH_CLAIMS ?? Infinity));
  const loadStart = performance.now();
  const fixtureIdOf = await publishVerifiedClaims(verified, (loaded) => {
    if (loaded % 1000 < VERIFIED_CLAIMS_PER_ARTICLE) console.error(`${provider}: ${loaded} claims loaded`);
  });
  const loadSeconds = (performance.now() - loadStart) / 1000;

  // As a server does at start (instrumentation.ts): every indexed text's sentence vector, stored once.
  const embedStart = performance.now();
  const embedded = await embedIndexedTexts((done, total) => {
    if (done % 2048 < 256 || done === total) console.error(`${provider}: ${done} of ${total} texts encoded`);
  });
  const embedSeconds = (performance.now() - embedStart) / 1000;

  const statsStart = performance.now();
  const stats = await claimCorpusStatistics();
  const statisticsMs = performance.now() - statsStart;

  const queries = loadQueries("dev");
  const times: number[] = [];
  const candidateTimes: number[] = [];
  const reranked: { ranked: string[]; relevant: Set<string> }[] = [];
  const databaseOnly: { ranked: string[]; relevant: Set<string> }[] = [];
  let answerAmongCandidates = 0;
  const mainThreadDelay = monitorEventLoopDelay({ resolution: 5 });
  for (const query of queries) {
    const start = performance.now();
    mainThreadDelay.enable();
    const results = await searchSimilarClaims({ text: query.text, limit: 5, scope: { kind: "published" } });
    mainThreadDelay.disable();
    times.push(performance.now() - start);
    reranked.push({ ranked: results.map((r) => fixtureIdOf.get(r.claimId) ?? ""), relevant: query.relevant });

    const candidateStart = performance.now();
    const candidates = await searchCandidates(indexQueryTerms(query.text, stats, { vectors: matcherWordVectors() }), { kind: "published" });
    candidateTimes.push(performance.now() - candidateStart);
    if (candidates.some((c) => query.relevant.has(fixtureIdOf.get(c.claimId) ?? ""))) answerAmongCandidates++;
    databaseOnly.push({ ranked: candidates.slice(0, 5).map((c) => fixtureIdOf.get(c.claimId) ?? ""), relevant: query.relevant });
  }
  const warmTimes: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await searchSimilarClaims({ text: query.text, limit: 5, scope: { kind: "published" } });
    warmTimes.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  warmTimes.sort((a, b) => a - b);
  candidateTimes.sort((a, b) => a - b);
  const figures: ProviderFigures = {
    provider,
    claims: verified.length,
    loadSeconds,
    embedSeconds,
    embeddedTexts: embedded.encoded,
    statisticsMs,
    queries: queries.length,
    reranked: {
      map5: meanAveragePrecisionAt(reranked),
      p1: precisionAtOne(reranked),
      map5Interval: bootstrapInterval(reranked.map((r) => averagePrecisionAt(r.ranked, r.relevant))),
    },
    databaseRankingOnly: { map5: meanAveragePrecisionAt(databaseOnly), p1: precisionAtOne(databaseOnly) },
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    warmMedianMs: percentile(warmTimes, 0.5),
    warmP95Ms: percentile(warmTimes, 0.95),
    mainThreadDelayP99Ms: mainThreadDelay.percentile(99) / 1e6,
    mainThreadDelayMaxMs: mainThreadDelay.max / 1e6,
    candidateMedianMs: percentile(candidateTimes, 0.5),
    candidateCount: CANDIDATE_COUNT,
    candidateRecall: answerAmongCandidates / queries.length,
  };
  await db.$disconnect();
  console.log(JSON.stringify(figures));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
