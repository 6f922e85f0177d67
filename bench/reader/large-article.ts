/**
 * Benchmark (a): a published review of 100,000 words with 2,000 claims and 6,000 evidence
 * items, served by the production build.
 * - server: the first (uncached) render, then repeated reads from the cache (median, p95),
 *   and proof that cached reads do not touch the database (rows deleted behind the app's
 *   back still show);
 * - browser: in Chromium, from navigation start to highlights painted (first contentful
 *   paint: the highlights are in the server HTML) and to interactive (hydrated: the
 *   `claimcheck:reader-interactive` performance mark), then a click on the last claim opening
 *   its dialog with its evidence (fetched from the claim-details route). Median of 5 loads.
 *   Targets: 500 ms (server), 1 s (browser).
 *
 * Usage: tsx bench/reader/large-article.ts  (NEXT_DIST_DIR + BENCH_SKIP_BUILD=1 reuse a build)
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { newsSitePage } from "../../e2e/reader/support/host-pages";
import { createPrismaClient } from "../../server/prisma-client";
import { generateLargeReview, LARGE_REVIEW, LARGE_SLUG } from "./generate-large-review";
import { chromiumLaunchOptions, ensureBuild, machineLine, median, percentile, root, startServer } from "./serve";

const DATABASE_URL = "file:./data/bench-reader.db";
const PORT = Number(process.env.BENCH_PORT ?? 3191);
const RUNS = 5;
/**
 * BENCH_CLAIMS scales the review down (evidence 3 per claim, sources 3/4 of the claims).
 */
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? LARGE_REVIEW.claims);
const SIZE = CLAIMS === LARGE_REVIEW.claims ? LARGE_REVIEW : { ...LARGE_REVIEW, claims: CLAIMS, evidence: CLAIMS * 3, sources: Math.round(CLAIMS * 0.75) };

async function timedGet(url: string) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, cache: response.headers.get("etag"), bytes: Buffer.byteLength(body), body };
}

async function main() {
  await ensureBuild();
  const generationStarted = performance.now();
  const generated = await generateLargeReview(DATABASE_URL, SIZE);
  console.log(`[bench] generated ${generated.claims} claims, ${generated.evidence} evidence items, ${generated.textLength} characters in ${Math.round(performance.now() - generationStarted)} ms`);

  const server = await startServer({ port: PORT, databaseUrl: DATABASE_URL });
  const url = `${server.baseUrl}/articles/${LARGE_SLUG}`;
  try {
    const cold = await timedGet(url);
    if (cold.status !== 200) throw new Error(`the reader page answered ${cold.status}`);
    const warm: number[] = [];
    const caches = new Set<string | null>();
    for (let i = 0; i < 20; i++) {
      const read = await timedGet(url);
      warm.push(read.ms);
      caches.add(read.cache);
    }
    const marksInHtml = (cold.body.match(/<mark /g) ?? []).length;

    // A claim's details, as the dialog fetches them: the first request loads and formats the
    // whole review's details once; later claims and repeats are cache reads.
    const claimIds = [...new Set([...cold.body.matchAll(/<mark id=(?:"claim-([^"]+)"|claim-([^ >]+))/g)].map((m) => (m[1] ?? m[2])!))];
    // What the page's bytes are: the article with its highlights, the ClaimReview JSON-LD, the rest.
    const bytesOf = (pattern: RegExp) => Buffer.byteLength(pattern.exec(cold.body)?.[0] ?? "");
    const composition = {
      article: bytesOf(/<article[\s\S]*?<\/article>/),
      marks: [...cold.body.matchAll(/<mark [^>]*>/g)].reduce((sum, m) => sum + m[0].length + "</mark>".length, 0),
      jsonLd: bytesOf(/<script type="application\/ld\+json"[\s\S]*?<\/script>/),
      dataBlock: bytesOf(/<script type="application\/json"[\s\S]*?<\/script>/),
      claimList: bytesOf(/<aside class="rail">[\s\S]*?<\/aside>/),
    };
    // The generated claims have 16-character ids (bench-claim-0001); the app's are 25-character
    // cuids. Every place the page writes a claim id (first pieces' ids, data-claim-ids, the
    // ClaimReview urls), counted, gives the same page's size with the app's ids.
    const idWrites = [...cold.body.matchAll(/bench-claim-\d{4}/g)].length;
    const idLength = claimIds.length ? claimIds.reduce((sum, id) => sum + id.length, 0) / claimIds.length : 0;
    const bytesWithAppIds = Math.round(cold.bytes + idWrites * (25 - idLength));
    const detailsUrl = (id: string) => `${server.baseUrl}/api/articles/${LARGE_SLUG}/published-claims/${encodeURIComponent(id)}`;
    const detailsCold = await timedGet(detailsUrl(claimIds[0]!));
    if (detailsCold.status !== 200) throw new Error(`the claim-details route answered ${detailsCold.status}`);
    const detailsOther: number[] = [];
    for (const id of claimIds.slice(1, 21)) detailsOther.push((await timedGet(detailsUrl(id))).ms);
    const detailsRepeat: number[] = [];
    for (let i = 0; i < 20; i++) detailsRepeat.push((await timedGet(detailsUrl(claimIds[0]!))).ms);

    const browser = await chromium.launch(chromiumLaunchOptions);
    const embedRuns: Array<{ ms: number; placed: number; notFound: number }> = [];
    const loads: Array<{ ttfb: number; fcp: number; interactive: number; domContentLoaded: number; claimsArrived: number; clickToDialog: number; clickToEvidenceInPage: number; highlights: number; claims: number; listed: number }> = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
        await page.locator(".reader[data-ready]").waitFor({ timeout: 60_000 });
        const timings = await page.evaluate(async () => {
          // FCP may be reported just after the mark; wait for it.
          const fcpEntry = await new Promise<PerformanceEntry | undefined>((done) => {
            const found = performance.getEntriesByName("first-contentful-paint")[0];
            if (found) return done(found);
            new PerformanceObserver((list) => done(list.getEntriesByName("first-contentful-paint")[0])).observe({ type: "paint", buffered: true });
          });
          const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const interactive = performance.getEntriesByName("claimcheck:reader-interactive")[0]!;
          const claimsArrived = performance.getEntriesByName("claimcheck:reader-claims")[0]?.startTime ?? Number.NaN;
          const marks = document.querySelectorAll("mark[data-claim-ids]");
          const claims = new Set([...marks].flatMap((m) => (m.getAttribute("data-claim-ids") ?? "").split(" ")));
          const listed = document.querySelectorAll(".claim-list [data-list-claim-id]").length;
          return { ttfb: navigation.responseStart, fcp: fcpEntry?.startTime ?? Number.NaN, interactive: interactive.startTime, domContentLoaded: navigation.domContentLoadedEventStart, claimsArrived, highlights: marks.length, claims: claims.size, listed };
        });
        const last = page.locator("mark[role=button]").last();
        await last.scrollIntoViewIfNeeded();
        // In the page: from the click event (a capturing listener, before the reader's own) to
        // the dialog showing the fetched evidence, as a reader experiences it; Playwright's own
        // click (actionability checks and hit tests on a 2,000-claim DOM) is timed separately.
        await page.evaluate(() => {
          const timing: { clicked?: number; shown?: number } = {};
          (window as unknown as { __clickTiming: typeof timing }).__clickTiming = timing;
          document.addEventListener("click", () => (timing.clicked ??= performance.now()), { capture: true, once: true });
          // The panel lives in the <claimcheck-overlay> element's shadow root (overlay-client/panel.ts).
          const panel = document.querySelector("claimcheck-overlay")?.shadowRoot;
          if (!panel) throw new Error("no overlay panel on the page");
          new MutationObserver((_changes, observer) => {
            if (panel.querySelector('dialog[open] .claim-detail[aria-busy="false"]')) {
              timing.shown = performance.now();
              observer.disconnect();
            }
          }).observe(panel, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy", "open"] });
        });
        const clickStarted = Date.now();
        await last.click();
        await page.getByRole("dialog").waitFor();
        // The rationale and evidence are fetched when a claim opens: measure until they are shown.
        await page.locator('dialog .claim-detail[aria-busy="false"]').waitFor();
        const clickToDialog = Date.now() - clickStarted;
        const inPage = await page.evaluate(() => {
          const timing = (window as unknown as { __clickTiming: { clicked?: number; shown?: number } }).__clickTiming;
          return (timing.shown ?? Number.NaN) - (timing.clicked ?? Number.NaN);
        });
        loads.push({ ...timings, clickToDialog, clickToEvidenceInPage: inPage });
        await context.close();
      }
      // The embed on a publisher's copy of the same article (news markup, another origin):
      // from the review's JSON to every claim placed in the live DOM.
      const review = (await (await fetch(`${server.baseUrl}/api/articles/${LARGE_SLUG}`)).json()) as { article: { title: string }; revision: { text: string; blocks: Array<{ start: number; end: number }> } };
      const hostHtml = newsSitePage(
        { title: review.article.title, paragraphs: review.revision.blocks.map((b) => review.revision.text.slice(b.start, b.end)) },
        `<script src="${server.baseUrl}/embed.js" data-review="${LARGE_SLUG}" async></script>`,
      );
      // A real server on another origin, as a publisher's (a page fulfilled by Playwright
      // counts as public, and Chromium then refuses its requests to a loopback address).
      const host = createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostHtml));
      await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
      const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/large-article`;
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(hostUrl, { timeout: 120_000 });
        await page.locator("html[data-claimcheck-ready]").waitFor({ state: "attached", timeout: 60_000 });
        embedRuns.push(await page.evaluate(() => ({ ms: window.Claimcheck!.state.anchorMs ?? Number.NaN, placed: window.Claimcheck!.state.placed.length, notFound: window.Claimcheck!.state.notFound.length })));
        await context.close();
      }
      await new Promise<void>((done) => host.close(() => done()));
    } finally {
      await browser.close();
    }
    const embedScript = readFileSync(join(root, "public", "embed.js"));

    // Cached reads do not query the database: delete the claims behind the app's back
    // (no revalidation) and the page still shows all of them.
    const db = createPrismaClient(DATABASE_URL);
    await db.evidence.deleteMany({});
    await db.claim.deleteMany({});
    await db.$disconnect();
    const afterDelete = await timedGet(url);
    const stillServed = (afterDelete.body.match(/<mark /g) ?? []).length === marksInHtml;

    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(`
### Large review: ${LARGE_REVIEW.words.toLocaleString("en")} words, ${generated.claims.toLocaleString("en")} claims, ${generated.evidence.toLocaleString("en")} evidence items, ${SIZE.sources.toLocaleString("en")} sources

Machine: ${machineLine()}. \`npm run bench:reader-large\` (bench/reader/large-article.ts).

| measure | result | target |
| --- | ---: | ---: |
| HTML size (uncompressed) | ${cold.bytes.toLocaleString("en")} bytes = ${(cold.bytes / 1e6).toFixed(3)} MB (10^6 bytes) = ${(cold.bytes / 2 ** 20).toFixed(3)} MiB (2^20 bytes), ${marksInHtml} \`<mark>\` tags | 1.5 MB = 1,500,000 bytes: ${cold.bytes < 1_500_000 ? "met" : "MISSED"} |
| the same page with the app's 25-character claim ids (${idWrites.toLocaleString("en")} ids written, here ${idLength.toFixed(0)} characters each), computed | ${bytesWithAppIds.toLocaleString("en")} bytes: ${bytesWithAppIds < 1_500_000 ? "under" : "OVER"} 1.5 MB | |
| of which: article with highlights / highlight tags / ClaimReview JSON-LD / claim data block / claim list | ${[composition.article, composition.marks, composition.jsonLd, composition.dataBlock, composition.claimList].map((b) => `${(b / 1e3).toFixed(0)} kB`).join(" / ")} (kB = 1,000 bytes) | |
| server: first request (renders and caches the page) | ${ms(cold.ms)} | |
| server: repeated reads, median / p95 of 20 (one ETag: ${caches.size === 1 ? "yes" : "NO"}) | ${ms(median(warm))} / ${ms(percentile(warm, 95))} | 100 ms |
| claim details route: first request (first call of the route: loads and caches that claim) | ${ms(detailsCold.ms)}, ${(detailsCold.bytes / 1e3).toFixed(1)} kB | |
| claim details route: 20 other claims, median / p95 | ${ms(median(detailsOther))} / ${ms(percentile(detailsOther, 95))} | |
| claim details route: same claim again, median / p95 of 20 | ${ms(median(detailsRepeat))} / ${ms(percentile(detailsRepeat, 95))} | |
| cached read after deleting the claims in the database | ${stillServed ? "all highlights still served: no query" : "CHANGED: the read hit the database"} | no query |
| browser: time to first byte, median of ${RUNS} | ${ms(median(loads.map((l) => l.ttfb)))} | |
| browser: highlights painted (first contentful paint; highlights are in the HTML) | ${ms(median(loads.map((l) => l.fcp)))} | |
| browser: highlights interactive (overlay script ran, \`claimcheck:reader-interactive\`) | ${ms(median(loads.map((l) => l.interactive)))} (runs: ${loads.map((l) => Math.round(l.interactive)).join(", ")}) | 1,000 ms |
| of which: HTML parsed (DOMContentLoaded) / claims in hand (\`claimcheck:reader-claims\`: fetched for a long review) / highlights, list and keys wired | ${ms(median(loads.map((l) => l.domContentLoaded)))} / ${ms(median(loads.map((l) => l.claimsArrived)))} / ${ms(median(loads.map((l) => l.interactive - l.claimsArrived)))} | |
| browser: click on the last claim to its dialog open with the evidence shown, in the page (click event to details shown) | ${ms(median(loads.map((l) => l.clickToEvidenceInPage)))} (runs: ${loads.map((l) => Math.round(l.clickToEvidenceInPage)).join(", ")}) | 300 ms |
| the same, timed around Playwright's click (adds its actionability checks and hit tests) | ${ms(median(loads.map((l) => l.clickToDialog)))} | |
| claims highlighted in the page | ${loads[0]?.claims ?? 0} of ${generated.claims} | all |
| claim list entries (built by the overlay from the fetched claims) | ${loads[0]?.listed ?? 0} of ${generated.claims} | all |
| embed.js size, minified / gzipped | ${(embedScript.length / 1e3).toFixed(1)} kB / ${(gzipSync(embedScript, { level: 9 }).length / 1e3).toFixed(1)} kB (${gzipSync(embedScript, { level: 9 }).length.toLocaleString("en")} bytes) | 30 kB gzipped |
| embed on a news-markup copy of the article: all claims placed in the live DOM, median of ${RUNS} | ${ms(median(embedRuns.map((r) => r.ms)))} (runs: ${embedRuns.map((r) => Math.round(r.ms)).join(", ")}); placed ${embedRuns[0]?.placed ?? 0}, not found ${embedRuns[0]?.notFound ?? 0} | 1,000 ms |
`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
