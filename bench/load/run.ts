/**
 * Load benchmark: one production instance (`npm start`'s script) per database, autocannon with
 * 50 connections for 30 s against
 *   - the published reader page (ISR-cached HTML),
 *   - the export API (the review as JSON, rendered from the database on every request),
 *   - a claim edit: PUT /api/claims/<id>/rating by a signed-in editor, each connection on a claim of
 *     its own (created for the run) and sending the version its last answer returned, as the
 *     workspace does: every save is version-checked, so any non-2xx (a 409 included) is an error.
 * Prints a Markdown table and writes bench/load/results.json.
 *   tsx bench/load/run.ts [sqlite] [postgresql]     (PostgreSQL: scripts/pg/start-cluster.sh first)
 * An error is a failed connection, a request unanswered after BENCH_TIMEOUT s, or a non-2xx answer.
 * Env: BENCH_PORT (3123), BENCH_DURATION (30), BENCH_CONNECTIONS (50), BENCH_TIMEOUT (30),
 * NEXT_DIST_DIR (.next-$BENCH_PORT).
 */
import { cpus, loadavg, totalmem } from "node:os";
import { rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import autocannon from "autocannon";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-accounts";
import { createScratchDatabase, dropScratchDatabase, postgresServerUrl } from "../../scripts/pg/scratch-database";
import { sendJson, signIn, startAppInstance, type AppInstance } from "../../tests/multi-instance/app-instance";
import { sampleMemory } from "./process-memory";

type Provider = "sqlite" | "postgresql";
const DEMO_SLUG = "reversing-calcification-vitamin-k2";
const port = Number(process.env.BENCH_PORT ?? 3123);
const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const timeout = Number(process.env.BENCH_TIMEOUT ?? 30);
const distDir = process.env.NEXT_DIST_DIR ?? `.next-${port}`;

/** The part of autocannon's API used here (the project's own declaration of the module is minimal). */
interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per connection: autocannon passes each connection its own context object. */
  setupRequest?: (request: LoadRequest, context: Record<string, unknown>) => LoadRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface LoadResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const runLoad = autocannon as unknown as (options: { url: string; connections: number; duration: number; timeout: number; requests: LoadRequest[] }) => Promise<LoadResult>;

interface Row {
  database: Provider;
  endpoint: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  peakRssMb: number;
}

async function load(instance: AppInstance, name: string, requests: LoadRequest[]): Promise<Omit<Row, "database">> {
  const memory = sampleMemory(instance.process.pid!);
  const result = await runLoad({ url: instance.baseUrl, connections, duration, timeout, requests });
  const peakRssMb = memory.stop();
  return {
    endpoint: name,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRssMb,
  };
}

async function databaseFor(provider: Provider): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === "sqlite") {
    const file = resolve("data", `bench-load-${port}.db`);
    const removeFile = () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    };
    removeFile();
    return { url: `file:./data/bench-load-${port}.db`, remove: async () => removeFile() };
  }
  const server = postgresServerUrl();
  const url = await createScratchDatabase(`cc_bench_load_${port}`, server);
  return { url, remove: () => dropScratchDatabase(url, server) };
}

/** Claims for the rating load, one per connection (spans on distinct words of the article), with their versions. */
async function claimsOfTheirOwn(baseUrl: string, cookie: string, text: string, count: number): Promise<{ claim: string; version: number }[]> {
  const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
  const made: { claim: string; version: number }[] = [];
  for (let k = 0; made.length < count && k < words.length; k += Math.max(1, Math.floor(words.length / (count * 2)))) {
    const word = words[k]!;
    const answer = await sendJson(baseUrl, cookie, "POST", `/api/articles/${DEMO_SLUG}/claims`, { start: word.index, end: word.index + word[0].length });
    if (answer.status === 201 || answer.status === 200) {
      const claim = answer.body as { id: string; version: number };
      made.push({ claim: claim.id, version: claim.version });
    }
  }
  if (made.length < count) throw new Error(`made only ${made.length} of ${count} claims for the rating load`);
  return made;
}

async function benchmark(provider: Provider): Promise<Row[]> {
  const database = await databaseFor(provider);
  const instance = await startAppInstance({ port, databaseUrl: database.url, distDir, env: { SEED_DEMO: "1" } });
  try {
    const editor = DEMO_USERS.find((user) => user.role === "editor")!;
    const cookie = await signIn(instance.baseUrl, editor.email, DEMO_PASSWORD);
    const review = await sendJson(instance.baseUrl, cookie, "GET", `/api/articles/${DEMO_SLUG}`);
    const articleText = (review.body as { revision: { text: string } }).revision.text;
    const claimVersions = await claimsOfTheirOwn(instance.baseUrl, cookie, articleText, connections);

    const exportPath = `/api/articles/${DEMO_SLUG}/export?format=json`;
    const apiPath = (await fetch(`${instance.baseUrl}${exportPath}`)).ok ? exportPath : `/api/articles/${DEMO_SLUG}`;
    const verdicts = ["supported", "mostly_supported", "mixed", "unsupported"];
    // autocannon clears a connection's context before each request of a one-request list, so the claims
    // live in a pool: a request takes one (with its latest version) and its answer puts it back. With as
    // many claims as connections, no two requests ever hold the same claim: any 409 is a real error.
    const freeClaims = claimVersions.map((claim) => ({ ...claim, saves: 0 }));
    const ratingRequest: LoadRequest = {
      method: "PUT",
      path: "/api/claims/<id>/rating",
      headers: { cookie, "content-type": "application/json" },
      setupRequest: (request, context) => {
        const claim = freeClaims.pop();
        if (!claim) throw new Error("more requests in flight than claims for the rating load");
        claim.saves += 1;
        context.claim = claim;
        return {
          ...request,
          path: `/api/claims/${claim.claim}/rating`,
          body: JSON.stringify({ version: claim.version, verdict: verdicts[claim.saves % verdicts.length], confidence: 3, rationale: "Load test rating." }),
        };
      },
      onResponse: (status, body, context) => {
        const claim = context.claim as (typeof freeClaims)[number];
        if (status === 200) claim.version = (JSON.parse(body) as { claim: { version: number } }).claim.version;
        freeClaims.push(claim);
      },
    };

    // Warm up: compile routes and fill the page cache before measuring.
    for (const path of [`/articles/${DEMO_SLUG}`, apiPath]) await fetch(`${instance.baseUrl}${path}`);

    const rows: Row[] = [];
    const endpoints: [string, LoadRequest[]][] = [
      [`GET /articles/${DEMO_SLUG} (reader page)`, [{ method: "GET", path: `/articles/${DEMO_SLUG}` }]],
      [`GET ${apiPath}`, [{ method: "GET", path: apiPath }]],
      [`PUT /api/claims/<id>/rating (editor, one claim per connection, version-checked)`, [ratingRequest]],
    ];
    for (const [name, requests] of endpoints) {
      console.error(`${provider}: ${name} …`);
      rows.push({ database: provider, ...(await load(instance, name, requests)) });
    }
    const failures = rows.filter((row) => row.errors + row.non2xx > 0);
    if (failures.length > 0) console.error(`errors: ${JSON.stringify(failures)}\n${instance.output().slice(-3000)}`);
    return rows;
  } finally {
    await instance.stop();
    await database.remove();
  }
}

async function main() {
  const requested = process.argv.slice(2).filter((arg): arg is Provider => arg === "sqlite" || arg === "postgresql");
  const providers: Provider[] = requested.length ? requested : ["sqlite", "postgresql"];
  const rows: Row[] = [];
  const loadBefore = loadavg()[0]!.toFixed(1);
  for (const provider of providers) rows.push(...(await benchmark(provider)));

  const machine = `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
  const lines = [
    `Machine: ${machine}; load average ${loadBefore} before the run (other processes included). Date: ${new Date().toUTCString()}.`,
    `${connections} connections, ${duration} s per endpoint, one instance, timeout ${timeout} s.`,
    "",
    "| database | endpoint | requests | req/s | p50 ms | p99 ms | errors | non-2xx | server RSS peak |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.database} | ${r.endpoint} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.peakRssMb} MB |`),
  ];
  console.log(lines.join("\n"));
  writeFileSync(resolve(import.meta.dirname, "results.json"), JSON.stringify({ machine, loadBefore, date: new Date().toISOString(), connections, duration, timeout, rows }, null, 2));
  const failed = rows.some((row) => row.errors + row.non2xx > 0);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
