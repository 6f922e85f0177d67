/**
 * Claim-suggestion benchmark: `suggestClaims` (domain/claims/suggest-claims.ts) on a generated
 * 100,000-word health-blog article, imported as plain text into the canonical text and blocks
 * the app stores, called the way the app's "Suggest claims" does (every sentence ranked, no
 * limit). Reports median / min / max of the measured runs (warm-up runs excluded), and how
 * much of it is sentence segmentation. Target: under 1 s.
 *
 * Usage: npm run bench:suggestions  (BENCH_RUNS and BENCH_WORDS override the defaults)
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pairQuestionsWithAnswers } from "../../domain/claims/pair-questions-with-answers";
import { segmentSentences } from "../../domain/claims/segment-sentences";
import { suggestClaims, type ClaimSuggestion } from "../../domain/claims/suggest-claims";
import { importPlainText } from "../../domain/import/import-plain-text";
import { median } from "../reader/serve";
import { healthBlogArticle } from "./health-blog-article";

const TARGET_WORDS = Number(process.env.BENCH_WORDS ?? 100_000);
const WARM_UP_RUNS = 2;
const MEASURED_RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET_MS = 1_000;

function timed<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

function measure<T>(work: () => T): { times: number[]; result: T } {
  for (let i = 0; i < WARM_UP_RUNS; i++) work();
  const times: number[] = [];
  let result = work();
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const run = timed(work);
    times.push(run.ms);
    result = run.result;
  }
  return { times, result };
}

const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
const count = (value: number) => value.toLocaleString("en-US");

/** A wrong range would make the figures meaningless: every quote must be the text at its range. */
function assertRangesMatchQuotes(text: string, suggestions: readonly ClaimSuggestion[]): void {
  for (const suggestion of suggestions) {
    if (text.slice(suggestion.start, suggestion.end) !== suggestion.quote) throw new Error(`suggestion at ${suggestion.start} does not match its quote`);
  }
}

const loadAverage = () => loadavg().map((load) => load.toFixed(1)).join(", ");

function main() {
  const loadAtStart = loadAverage();
  const article = healthBlogArticle(TARGET_WORDS);
  const imported = timed(() => importPlainText(article.raw));
  const { document } = imported.result;
  const words = document.text.split(/\s+/).filter(Boolean).length;

  // The same blocks and sentences suggestClaims works on, counted outside the timed runs.
  const blocks = document.blocks.filter((block) => block.kind !== "comments_heading");
  const segmentation = measure(() => segmentSentences(document.text, blocks));
  const sentences = pairQuestionsWithAnswers(document.text, segmentation.result);

  const suggestion = measure(() => suggestClaims(document));
  const suggestions = suggestion.result;
  assertRangesMatchQuotes(document.text, suggestions);
  const advice = suggestions.filter((s) => s.kind === "advice").length;

  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`Machine: ${cpus().length} CPUs (${model}), Node ${process.version}. Date: ${new Date().toUTCString()}.`);
  console.log(`Article: ${count(words)} words, ${count(document.text.length)} UTF-16 units, ${count(document.blocks.length)} blocks (${count(document.blocks.filter((b) => b.section === "comments").length)} in the comments); import ${ms(imported.ms)}.`);
  console.log(`Runs: ${WARM_UP_RUNS} warm-up, ${MEASURED_RUNS} measured: ${suggestion.times.map((t) => Math.round(t)).join(", ")} ms. Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}.`);
  console.log("");
  console.log("| measure | median | min | max |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(`| suggestClaims, whole article | ${ms(median(suggestion.times))} | ${ms(Math.min(...suggestion.times))} | ${ms(Math.max(...suggestion.times))} |`);
  console.log(`| of which sentence segmentation (segmentSentences alone) | ${ms(median(segmentation.times))} | ${ms(Math.min(...segmentation.times))} | ${ms(Math.max(...segmentation.times))} |`);
  console.log("");
  console.log("| words | sentences scored | suggestions (score ≥ 0.2) | of which advice |");
  console.log("| ---: | ---: | ---: | ---: |");
  console.log(`| ${count(words)} | ${count(sentences.length)} | ${count(suggestions.length)} | ${count(advice)} |`);
  console.log("");
  const medianMs = median(suggestion.times);
  const verdict = medianMs < TARGET_MS ? `met (${ms(TARGET_MS - medianMs)} to spare)` : `missed by ${ms(medianMs - TARGET_MS)}`;
  console.log(`Target: median under ${ms(TARGET_MS)}: ${verdict}.`);
}

main();
