/**
 * Export benchmark: every export format (domain/export/index.ts) for the large generated review
 * of bench/reader/generate-large-review.ts (100,000 words, 2,000 claims, 6,000 evidence items,
 * 1,500 sources), written into its own SQLite file.
 * The generator writes sources as rows from before Source.reference existed: the first
 * `getReviewDocument` formats and stores their references (the column's backfill at first use),
 * timed on its own; every export after it reads the stored references.
 * - first export: `exportReview` once with the process's formatted-reference and PDF-layout
 *   memories emptied, as for the first export of a review after a server start;
 * - serializer: `exportReview` on the review document loaded once (what the format itself
 *   costs), repeated: median / min / max and CPU time of the measured runs, a warm-up excluded;
 * - data path: `exportArticle` (server/data/export/export-article.ts), what the export route
 *   handler calls: `getReviewDocument` against the SQLite file, then the serializer. The route
 *   adds only query parsing and the Response around the body.
 * Targets: every format under 2 s (also the first export after a start), PDF under 5 s.
 *
 * Usage: npm run bench:export  (BENCH_RUNS overrides the number of measured runs; BENCH_FORMATS=pdf,html
 * measures only those formats)
 */
import { register } from "node:module";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { EXPORT_FORMAT_NAMES, exportReview, type ExportFormat, type ExportResult } from "../../domain/export";
import { forgetRememberedLayouts } from "../../domain/export/pdf-fonts";
import { forgetFormattedReferences, REFERENCE_FORMAT } from "../../domain/export/source-citation";
import type { TReviewDocument } from "../../domain/schemas/review";
import { generateLargeReview, LARGE_REVIEW, LARGE_SLUG } from "../reader/generate-large-review";
import { median } from "../reader/serve";

const DATABASE_URL = "file:./data/bench-export.db";
const BASE_URL = "https://claimcheck.example";
const WARM_UP_RUNS = 1;
const MEASURED_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 2_000;
const PDF_TARGET_MS = 5_000;

/**
 * The server modules import "server-only", which throws outside Next's server bundle; like the
 * Vitest config, resolve it to an empty module. Registered before those modules are imported.
 */
const SERVER_ONLY_AS_EMPTY_MODULE = `export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}`;

interface Timings {
  /** Wall-clock milliseconds of each measured run. */
  times: number[];
  /** CPU milliseconds (user + system) of each measured run: less affected by other processes. */
  cpuTimes: number[];
  last: ExportResult;
}

async function timed(work: () => Promise<ExportResult>): Promise<{ ms: number; cpuMs: number; result: ExportResult }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

async function measure(work: () => Promise<ExportResult>): Promise<Timings> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await work();
  const runs = [];
  for (let i = 0; i < MEASURED_RUNS; i++) runs.push(await timed(work));
  return { times: runs.map((run) => run.ms), cpuTimes: runs.map((run) => run.cpuMs), last: runs.at(-1)!.result };
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
}

/** A truncated or empty export would make a fast time meaningless: check each body holds the whole review. */
function assertComplete(format: ExportFormat, body: string | Uint8Array, review: TReviewDocument): void {
  const text = typeof body === "string" ? body : Buffer.from(body).toString("latin1");
  const lastClaim = review.claims.at(-1)!;
  const lastSource = review.sources.at(-1)!;
  const checks: Record<ExportFormat, () => boolean> = {
    markdown: () => text.includes(lastClaim.id),
    html: () => text.includes(lastClaim.id) && text.trimEnd().endsWith("</html>"),
    pdf: () => text.startsWith("%PDF-") && text.trimEnd().endsWith("%%EOF"),
    csv: () => text.includes(lastClaim.id),
    "csv-evidence": () => text.includes(lastClaim.evidence.at(-1)!.id),
    json: () => (JSON.parse(text) as TReviewDocument).claims.length === review.claims.length,
    claimreview: () => text.includes(lastClaim.id),
    webannotation: () => text.includes(lastClaim.id),
    "csl-json": () => (JSON.parse(text) as unknown[]).length === review.sources.length,
    bibtex: () => text.includes(lastSource.doi!),
    ris: () => text.includes(lastSource.doi!),
  };
  if (!checks[format]()) throw new Error(`the ${format} export does not hold the whole review`);
}

const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
const size = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1_000).toFixed(1)} KB`);
const spread = (times: number[]) => `${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))}`;

function targetFor(format: ExportFormat): number {
  return format === "pdf" ? PDF_TARGET_MS : TARGET_MS;
}

function verdictFor(format: ExportFormat, elapsedMs: number): string {
  const target = targetFor(format);
  return elapsedMs < target ? "met" : `**missed by ${ms(elapsedMs - target)}**`;
}

/** Every format, or those listed in BENCH_FORMATS (comma-separated). */
function formatsToMeasure(): ExportFormat[] {
  const listed = process.env.BENCH_FORMATS?.split(",").map((name) => name.trim()).filter(Boolean);
  if (!listed || listed.length === 0) return [...EXPORT_FORMAT_NAMES];
  const unknown = listed.filter((name) => !(EXPORT_FORMAT_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_FORMATS: unknown format(s) ${unknown.join(", ")}; known: ${EXPORT_FORMAT_NAMES.join(", ")}`);
  return listed as ExportFormat[];
}

const loadAverage = () => loadavg().map((load) => load.toFixed(1)).join(", ");

async function main() {
  const generationStarted = performance.now();
  const generated = await generateLargeReview(DATABASE_URL);
  const generationMs = performance.now() - generationStarted;

  // server/db.ts opens DATABASE_URL when first imported: point it at the benchmark's file first.
  process.env.DATABASE_URL = DATABASE_URL;
  register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_AS_EMPTY_MODULE)}`);
  const { db } = await import("../../server/db");
  const { getReviewDocument } = await import("../../server/data/articles/get-review-document");
  const { exportArticle } = await import("../../server/data/export/export-article");

  const loadAtStart = loadAverage();
  try {
    const loadTimes: number[] = [];
    const backfillStarted = performance.now();
    let review = await getReviewDocument(null, LARGE_SLUG);
    const backfillMs = performance.now() - backfillStarted;
    const stored = await db.source.count({ where: { referenceFormat: REFERENCE_FORMAT } });
    if (stored !== review.sources.length) throw new Error(`the first read stored ${stored} of ${review.sources.length} references`);
    for (let i = 0; i < MEASURED_RUNS; i++) {
      const started = performance.now();
      review = await getReviewDocument(null, LARGE_SLUG);
      loadTimes.push(performance.now() - started);
    }
    const evidenceCount = review.claims.reduce((sum, claim) => sum + claim.evidence.length, 0);
    if (review.claims.length !== LARGE_REVIEW.claims || evidenceCount !== LARGE_REVIEW.evidence) {
      throw new Error(`loaded ${review.claims.length} claims and ${evidenceCount} evidence items, expected ${LARGE_REVIEW.claims} and ${LARGE_REVIEW.evidence}`);
    }

    const rows: string[] = [];
    for (const format of formatsToMeasure()) {
      forgetFormattedReferences();
      forgetRememberedLayouts();
      const first = await timed(() => exportReview(review, format, { baseUrl: BASE_URL }));
      assertComplete(format, first.result.body, review);
      const serializer = await measure(() => exportReview(review, format, { baseUrl: BASE_URL }));
      assertComplete(format, serializer.last.body, review);
      const dataPath = await measure(() => exportArticle(null, LARGE_SLUG, format, BASE_URL));
      assertComplete(format, dataPath.last.body, review);
      const repeated = median(dataPath.times);
      rows.push(
        `| ${format} | ${size(byteLength(serializer.last.body))} | ${ms(first.ms)} | ${ms(first.cpuMs)} | ${spread(serializer.times)} | ${ms(median(serializer.cpuTimes))} | ${spread(dataPath.times)} | ` +
          `${ms(targetFor(format))}: first ${verdictFor(format, first.ms)}, repeated ${verdictFor(format, repeated)} |`,
      );
      console.error(`[bench] ${format}: first ${ms(first.ms)} (CPU ${ms(first.cpuMs)}), serializer ${ms(median(serializer.times))}, data path ${ms(repeated)}`);
    }

    const model = cpus()[0]?.model.trim() ?? "unknown CPU";
    console.log(`Machine: ${cpus().length} CPUs (${model}), Node ${process.version}. Date: ${new Date().toUTCString()}.`);
    console.log(
      `Review: ${generated.claims.toLocaleString("en-US")} claims, ${evidenceCount.toLocaleString("en-US")} evidence items, ${review.sources.length.toLocaleString("en-US")} sources, ` +
        `${generated.textLength.toLocaleString("en-US")} characters of article text; generated into ${DATABASE_URL} in ${ms(generationMs)}.`,
    );
    console.log(`Runs: ${WARM_UP_RUNS} warm-up, ${MEASURED_RUNS} measured, per format and path. Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}.`);
    console.log("");
    console.log(`First getReviewDocument, formatting and storing ${stored.toLocaleString("en-US")} references (the backfill): ${ms(backfillMs)}.`);
    console.log(`getReviewDocument alone (SQLite): median ${ms(median(loadTimes))}, min ${ms(Math.min(...loadTimes))}, max ${ms(Math.max(...loadTimes))}.`);
    console.log("");
    console.log("| format | size | first export | first CPU | serializer median | min | max | CPU median | data path (exportArticle) median | min | max | target |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (const row of rows) console.log(row);
  } finally {
    await db.$disconnect();
  }
}

await main();
