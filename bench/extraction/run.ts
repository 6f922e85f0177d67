/**
 * npm run bench:extraction — scores the HTML import (importHtml) and Readability.js 0.6.0 over
 * linkedom, in the same run, on the 181 pages of ../shared/fixtures/article-extraction with the
 * benchmark's own scoring (evaluate.upstream.py when python3 is present; its TypeScript port
 * otherwise and for the per-page figures). Times every page (fastest of three runs).
 * Options: --worst N prints the N pages with the lowest F1 for the import; --page ID prints one page's text.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { importHtml } from "../../domain/import/import-html";
import { aggregate, precisionOf, recallOf, scorePage, type PageCounts } from "./shingle-score";

const FIXTURES = resolve(import.meta.dirname, "../../../shared/fixtures/article-extraction");
const args = process.argv.slice(2);
const worst = Number(args[args.indexOf("--worst") + 1] ?? 0) || (args.includes("--worst") ? 10 : 0);
const onePage = args.includes("--page") ? args[args.indexOf("--page") + 1] : undefined;

const groundTruth = JSON.parse(readFileSync(join(FIXTURES, "ground-truth.json"), "utf8")) as Record<string, { url: string; articleBody: string }>;
const ids = readdirSync(join(FIXTURES, "html")).filter((f) => f.endsWith(".html.gz")).map((f) => f.replace(/\.html\.gz$/, "")).sort();
const pages = ids.map((id) => ({ id, html: gunzipSync(readFileSync(join(FIXTURES, "html", `${id}.html.gz`))).toString("utf8") }));

const extractors: Record<string, { version: string; extract: (html: string) => string }> = {
  claimcheck: { version: "importHtml", extract: (html) => importHtml(html).document.text },
  readability: {
    version: "0.6.0",
    extract: (html) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? "",
  },
};

if (onePage) {
  const page = pages.find((p) => p.id.startsWith(onePage));
  if (!page) throw new Error(`no page ${onePage}`);
  const imported = importHtml(page.html);
  console.log(JSON.stringify({ title: imported.title, author: imported.author, publishedAt: imported.publishedAt, sourceUrl: imported.sourceUrl, siteName: imported.siteName }));
  console.log(imported.document.text);
  console.log("\n===== TRUTH =====\n" + groundTruth[page.id]!.articleBody);
  process.exit(0);
}

for (const page of pages.slice(0, 5)) for (const { extract } of Object.values(extractors)) extract(page.html); // warm-up

const outputDir = mkdtempSync(join(tmpdir(), "extraction-"));
mkdirSync(join(outputDir, "output"));
copyFileSync(join(FIXTURES, "ground-truth.json"), join(outputDir, "ground-truth.json"));
const results: Record<string, { f1: number; precision: number; recall: number; mean: number; median: number; max: number; maxId: string; perPage: Map<string, PageCounts> }> = {};

for (const [name, { version, extract }] of Object.entries(extractors)) {
  const output: Record<string, { articleBody: string }> = {};
  const times: { id: string; ms: number }[] = [];
  const perPage = new Map<string, PageCounts>();
  for (const page of pages) {
    // Each page three times, the fastest kept: the machine is shared, and a pause of the
    // collector or of a neighbour's process is not the extractor's time.
    let articleBody = "";
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      articleBody = extract(page.html);
      fastest = Math.min(fastest, performance.now() - started);
    }
    times.push({ id: page.id, ms: fastest });
    output[page.id] = { articleBody };
    perPage.set(page.id, scorePage(groundTruth[page.id]!.articleBody, articleBody));
  }
  writeFileSync(join(outputDir, "output", `${name}.json`), JSON.stringify({ version, output }));
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  results[name] = { ...aggregate([...perPage.values()]), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, median: sorted[Math.floor(sorted.length / 2)]!, max: slowest.ms, maxId: slowest.id, perPage };
}

console.log(`${pages.length} pages, Node ${process.version}, ${new Date().toISOString()}\n`);
console.log("| extractor | F1 | precision | recall | mean ms/page | median | slowest page |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} (TS port of the scoring) | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.mean.toFixed(1)} | ${r.median.toFixed(1)} | ${r.max.toFixed(0)} ms (${r.maxId.slice(0, 8)}) |`);
}

try {
  const upstream = execFileSync("python3", [join(FIXTURES, "evaluate.upstream.py"), "--n-bootstrap", "200"], { cwd: outputDir, encoding: "utf8" });
  console.log("\nevaluate.upstream.py:\n" + upstream);
} catch (error) {
  console.log(`\nevaluate.upstream.py not run (${(error as Error).message.split("\n")[0]}); the TS port's figures above stand.`);
}

if (worst > 0) {
  const ours = results.claimcheck!.perPage;
  const theirs = results.readability!.perPage;
  const f1 = (c: PageCounts) => { const p = precisionOf(c), r = recallOf(c); return p + r === 0 ? 0 : (2 * p * r) / (p + r); };
  const ranked = [...ours.entries()].sort((a, b) => f1(a[1]) - f1(b[1])).slice(0, worst);
  for (const [id, counts] of ranked) {
    console.log(`${id.slice(0, 8)} F1 ${f1(counts).toFixed(3)} P ${precisionOf(counts).toFixed(3)} R ${recallOf(counts).toFixed(3)} | readability F1 ${f1(theirs.get(id)!).toFixed(3)} | ${groundTruth[id]!.url}`);
  }
}
