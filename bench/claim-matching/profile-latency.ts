/**
 * Where a "Checked before?" search spends its time, stage by stage, on a database loaded once:
 *   tsx bench/claim-matching/profile-latency.ts <file:… SQLite file | postgresql://… database>
 * Loads the verified claims into that database the first time (as measure.ts does, through
 * the product's data functions), then answers every dev query and prints the median of each
 * stage: corpus statistics lookup, query terms, the index query, the re-ranker (analysis,
 * features, scoring) and the evidence count, plus MAP@5 of the ranking, so a change made for
 * speed shows what it costs in quality. A development aid: the recorded figures come from
 * `npm run bench:claim-matching`.
 */
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { claimParagraph } from "./fixture-candidates";
import { publishVerifiedClaims } from "./publish-verified-claims";

register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}`)}`,
);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const url = process.argv[2];
  if (!url?.startsWith("file:") && !url?.startsWith("postgresql:")) throw new Error("usage: profile-latency.ts <file:sqlite file | postgresql://database>");
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import("../../scripts/db/migrate");
  await migrateDatabase({ url, mode: "deploy" });
  const { db } = await import("../../server/db");
  const verified = loadVerifiedClaims();
  if ((await db.claim.count()) === 0) {
    await publishVerifiedClaims(verified);
  }
  // The fixture id of each stored claim, by its quote.
  const idByQuote = new Map(verified.map((claim) => [claimParagraph(claim), claim.id]));
  const stored = await db.claim.findMany({ select: { id: true, exact: true } });
  const fixtureIdOf = new Map(stored.map((claim) => [claim.id, idByQuote.get(claim.exact) ?? ""]));

  const { claimCorpusStatistics } = await import("../../server/data/claim-search/claim-corpus-statistics");
  const { searchCandidates, parseTags } = await import("../../server/data/claim-search/search-candidates");
  const { searchSimilarClaims } = await import("../../server/data/claim-search/search-similar-claims");
  const { indexQueryTerms } = await import("../../domain/claim-matching/index-query-terms");
  const { scoreCandidates } = await import("../../domain/claim-matching/score-candidates");
  const { CandidateAnalysisCache } = await import("../../domain/claim-matching/match-candidate");
  const { matcherWordVectors } = await import("../../server/data/claim-search/matcher-word-vectors");
  await claimCorpusStatistics();
  let t = performance.now();
  const vectors = matcherWordVectors();
  const vectorLoadMs = performance.now() - t;

  const queries = loadQueries("dev");
  const stage: Record<string, number[]> = { statistics: [], terms: [], index: [], rerankCold: [], rerankWarm: [], rerankWarmWithoutVectors: [], whole: [] };
  const rankings: { ranked: string[]; relevant: Set<string> }[] = [];
  const cache = new CandidateAnalysisCache();
  /** The re-ranker on the index's first k candidates only: quality and time by k. */
  const byCount = new Map<number, { rankings: { ranked: string[]; relevant: Set<string> }[]; times: number[] }>(
    [10, 20, 30].map((k) => [k, { rankings: [], times: [] }]),
  );
  for (const query of queries) {
    t = performance.now();
    const stats = await claimCorpusStatistics();
    stage.statistics!.push(performance.now() - t);
    t = performance.now();
    const terms = indexQueryTerms(query.text, stats, { vectors });
    stage.terms!.push(performance.now() - t);
    t = performance.now();
    const rows = await searchCandidates(terms, { kind: "published" });
    stage.index!.push(performance.now() - t);
    const candidates = rows.map((row) => ({ ...row, tags: parseTags(row.tagsJson) }));
    t = performance.now();
    scoreCandidates(query.text, candidates, stats, { vectors });
    stage.rerankCold!.push(performance.now() - t);
    t = performance.now();
    scoreCandidates(query.text, candidates, stats, { analyze: (c) => cache.analyze(c), vectors });
    stage.rerankWarm!.push(performance.now() - t);
    t = performance.now();
    scoreCandidates(query.text, candidates, stats, { analyze: (c) => cache.analyze(c) });
    stage.rerankWarmWithoutVectors!.push(performance.now() - t);
    for (const [k, figures] of byCount) {
      t = performance.now();
      const ranked = scoreCandidates(query.text, candidates.slice(0, k), stats, { analyze: (c) => cache.analyze(c), vectors });
      figures.times.push(performance.now() - t);
      figures.rankings.push({ ranked: ranked.slice(0, 5).map((r) => fixtureIdOf.get(r.candidate.claimId) ?? ""), relevant: query.relevant });
    }
  }
  /** The index asked for fewer words (the rarest first, as indexQueryTerms orders them): its time, and the quality after re-ranking. */
  const byTerms = new Map<number, { rankings: { ranked: string[]; relevant: Set<string> }[]; times: number[] }>([8, 12, 16, 24].map((k) => [k, { rankings: [], times: [] }]));
  for (const query of queries) {
    const stats = await claimCorpusStatistics();
    const terms = indexQueryTerms(query.text, stats, { vectors });
    for (const [k, figures] of byTerms) {
      t = performance.now();
      const rows = await searchCandidates(terms.slice(0, k), { kind: "published" });
      figures.times.push(performance.now() - t);
      const ranked = scoreCandidates(query.text, rows.map((row) => ({ ...row, tags: parseTags(row.tagsJson) })), stats, { analyze: (c) => cache.analyze(c), vectors });
      figures.rankings.push({ ranked: ranked.slice(0, 5).map((r) => fixtureIdOf.get(r.candidate.claimId) ?? ""), relevant: query.relevant });
    }
  }
  const indexTermsCompared = [...byTerms].map(([k, f]) => ({ terms: k, map5: Number(meanAveragePrecisionAt(f.rankings).toFixed(3)), indexMedianMs: Number(median(f.times).toFixed(1)) }));
  const candidatesCompared = [...byCount].map(([k, f]) => ({ k, map5: Number(meanAveragePrecisionAt(f.rankings).toFixed(3)), rerankMedianMs: Number(median(f.times).toFixed(1)) }));
  for (const query of queries) {
    t = performance.now();
    const results = await searchSimilarClaims({ text: query.text, limit: 5, scope: { kind: "published" } });
    stage.whole!.push(performance.now() - t);
    rankings.push({ ranked: results.map((r) => fixtureIdOf.get(r.claimId) ?? ""), relevant: query.relevant });
  }
  console.log(JSON.stringify({ vectorLoadMs: Number(vectorLoadMs.toFixed(1)), indexTermsCompared, candidatesCompared, claims: stored.length, map5: Number(meanAveragePrecisionAt(rankings).toFixed(3)), medianMs: Object.fromEntries(Object.entries(stage).map(([k, v]) => [k, Number(median(v).toFixed(1))])) }));
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
