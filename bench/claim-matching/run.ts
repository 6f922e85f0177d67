/**
 * npm run bench:claim-matching: "Checked before?" on the CLEF 2020 CheckThat! Task 2 data
 * (../shared/fixtures/claim-matching). For SQLite (a fresh file) and, when a PostgreSQL cluster
 * is reachable (TEST_POSTGRES_URL, or scripts/pg/start-cluster.sh's), PostgreSQL (a scratch
 * database), a child process loads the 10,375 verified claims through the data functions and
 * answers the 197 dev queries through the API's code path (bench/claim-matching/measure.ts).
 * Beside them, the plain BM25 baseline of the fixture's README, computed here in the same run.
 * Prints a Markdown table for bench/README.md and writes bench/claim-matching/results.json.
 */
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { meanAveragePrecisionAt, precisionAtOne } from "../../domain/claim-matching/ranking-metrics";
import { createScratchDatabase, dropScratchDatabase } from "../../scripts/pg/scratch-database";
import { migrateDatabase } from "../../scripts/db/migrate";
import { baselineTokens } from "./baseline-tokens";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { InMemoryBm25 } from "./in-memory-bm25";
import type { ProviderFigures } from "./measure";

const root = resolve(import.meta.dirname, "..", "..");

function baseline(): { map5: number; p1: number; medianMs: number } {
  const claims = loadVerifiedClaims();
  const index = new InMemoryBm25(claims.map((c) => c.id), claims.map((c) => baselineTokens(`${c.claim} ${c.title}`)));
  const times: number[] = [];
  const rankings = loadQueries("dev").map((query) => {
    const start = performance.now();
    const ranked = index.search(baselineTokens(query.text), 5).map((hit) => hit.id);
    times.push(performance.now() - start);
    return { ranked, relevant: query.relevant };
  });
  times.sort((a, b) => a - b);
  return { map5: meanAveragePrecisionAt(rankings), p1: precisionAtOne(rankings), medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}

function measure(provider: string, url: string): ProviderFigures {
  const output = execFileSync("npx", ["tsx", join(root, "bench", "claim-matching", "measure.ts"), provider, url], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = output.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as ProviderFigures;
}

async function sqliteFigures(): Promise<ProviderFigures> {
  // On tmpfs when there is one: loading commits thousands of transactions, and the figures are about searching.
  const file = `${process.platform === "linux" ? "/dev/shm" : join(root, "data")}/bench-claim-matching-${process.pid}.db`;
  const url = `file:${file}`;
  await migrateDatabase({ url, mode: "reset" });
  try {
    return measure("sqlite", url);
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}

async function postgresFigures(): Promise<ProviderFigures | string> {
  let url: string;
  try {
    url = await createScratchDatabase(`bench_claim_matching_${process.pid}`);
  } catch (error) {
    return `PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)} (start one with npm run pg:start)`;
  }
  try {
    await migrateDatabase({ url, mode: "deploy" });
    return measure("postgresql", url);
  } finally {
    await dropScratchDatabase(url);
  }
}

const pct = (value: number) => value.toFixed(3);
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const bm25 = baseline();
  const providers: (ProviderFigures | string)[] = [await sqliteFigures()];
  if (process.env.BENCH_SKIP_POSTGRES !== "1") providers.push(await postgresFigures());
  const measured = providers.filter((p): p is ProviderFigures => typeof p !== "string");

  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}. Date: ${new Date().toUTCString()}.`,
    "",
    "| ranking | database | MAP@5 (dev) | P@1 | median per query | p95 per query | target MAP@5 ≥ 0.85, median < 50 ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    `| plain BM25 (fixture README's baseline, in memory) | — | ${pct(bm25.map5)} | ${pct(bm25.p1)} | ${ms(bm25.medianMs)} | — | reference |`,
    ...measured.flatMap((p) => [
      `| database index alone (top 5 of the candidates) | ${p.provider} | ${pct(p.databaseRankingOnly.map5)} | ${pct(p.databaseRankingOnly.p1)} | ${ms(p.candidateMedianMs)} | — | — |`,
      `| **Claimcheck: index top ${p.candidateCount} + re-ranker** | ${p.provider} | **${pct(p.reranked.map5)}** | ${pct(p.reranked.p1)} | ${ms(p.medianMs)} | ${ms(p.p95Ms)} | MAP ${p.reranked.map5 >= 0.85 ? "met" : "missed"}, latency ${p.medianMs < 50 ? "met" : "missed"} |`,
      `| same, queries repeated (analyses cached, a running server's steady state) | ${p.provider} | — | — | ${ms(p.warmMedianMs)} | ${ms(p.warmP95Ms)} | latency ${p.warmMedianMs < 50 ? "met" : "missed"} |`,
    ]),
    "",
    ...measured.map((p) => `- ${p.provider}: ${p.claims} claims loaded through the data functions in ${p.loadSeconds.toFixed(0)} s; ${p.embeddedTexts} texts' sentence vectors encoded and stored in ${p.embedSeconds.toFixed(0)} s; corpus statistics built in ${ms(p.statisticsMs)}; main thread held at most ${ms(p.mainThreadDelayMaxMs)} while answering (event-loop delay, p99 ${ms(p.mainThreadDelayP99Ms)}); ${p.queries} dev queries, right answer among the index's ${p.candidateCount} candidates for ${(p.candidateRecall * 100).toFixed(1)}%; MAP@5's 95% bootstrap interval over these queries ${pct(p.reranked.map5Interval.low)}–${pct(p.reranked.map5Interval.high)}.`),
    ...providers.filter((p): p is string => typeof p === "string").map((p) => `- ${p}`),
  ];
  console.log(lines.join("\n"));
  writeFileSync(join(root, "bench", "claim-matching", "results.json"), `${JSON.stringify({ date: new Date().toISOString(), baseline: bm25, providers }, null, 2)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
