/**
 * Benchmark: the reviewer workspace on long articles, in headless Chromium against the
 * production build (`next start` on a private port, an SQLite file of its own).
 *
 * Two generated reviews in progress (status in_review), built with the reader benchmark's
 * generator (bench/reader/generate-large-review.ts):
 * - 100,000 words, 2,000 claims (6,000 evidence items);
 * - 700,000 words, 200 claims (600 evidence items).
 *
 * For each, signed in as the editor, median of RUNS page loads:
 * - page size: the workspace HTML document (uncompressed and gzipped);
 * - first paint: first contentful paint, from navigation start;
 * - interactive: the first animation frame at which React has hydrated the workspace (its
 *   event props are attached to the claim editor column, the last part of the page), from
 *   navigation start; and "main thread quiet": the end of the last long task (50 ms or more)
 *   within the 10 s after navigation (a TTI-like figure);
 * - selection-to-claim-shown: a sentence in the middle of the article (not yet a claim) is
 *   selected, "Create claim from selection" is clicked, and the clock stops at the first frame
 *   where the claim editor shows the new claim's quote and the article shows it highlighted
 *   (a <mark> of that claim, or a CSS Custom Highlight range covering it);
 * - keystroke-to-paint in the rationale field: the verdict is set (autosaved), then 40
 *   characters are typed into the rationale in two bursts with a pause between them (the
 *   pause lets the autosave run and refresh the page data, as it does for a reviewer); each
 *   keystroke is timed from its input event to the frame after it (rAF + task), median, p95
 *   and worst.
 *
 * Targets (issue 18): at 100,000 words interactive < 1,500 ms, selection-to-claim < 300 ms,
 * keystroke < 50 ms; at 700,000 words selection-to-claim < 1,000 ms.
 *
 * Usage: npm run bench:workspace-large
 *   BENCH_RUNS (default 3), BENCH_ONLY=100k|700k, BENCH_PORT (default 3192),
 *   NEXT_DIST_DIR + BENCH_SKIP_BUILD=1 reuse a build (default folder .next-bench-workspace).
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "../../server/prisma-client";
import { generateLargeReview, type LargeReviewSize } from "../reader/generate-large-review";
import { chromiumLaunchOptions, ensureBuild, machineLine, median, percentile, startServer } from "../reader/serve";

process.env.NEXT_DIST_DIR ??= ".next-bench-workspace";

const PORT = Number(process.env.BENCH_PORT ?? 3192);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EDITOR = { email: "bench-editor@example.test", password: "bench-password-not-used" };

interface Scenario {
  name: "100k" | "700k";
  size: LargeReviewSize;
  slug: string;
  databaseUrl: string;
  targets: { interactive?: number; selectionToClaim: number; keystroke?: number };
}

const SCENARIOS: Scenario[] = [
  {
    name: "100k",
    size: { words: 100_000, paragraphs: 1_500, claims: 2_000, evidence: 6_000, sources: 1_500 },
    slug: "bench-workspace-100k",
    databaseUrl: "file:./data/bench-workspace-100k.db",
    targets: { interactive: 1_500, selectionToClaim: 300, keystroke: 50 },
  },
  {
    name: "700k",
    size: { words: 700_000, paragraphs: 10_500, claims: 200, evidence: 600, sources: 150 },
    slug: "bench-workspace-700k",
    databaseUrl: "file:./data/bench-workspace-700k.db",
    targets: { selectionToClaim: 1_000 },
  },
];

interface LoadFigures {
  ttfb: number;
  fcp: number;
  interactive: number;
  quiet: number;
  selectionToClaim: number;
  keystrokes: number[];
}

/** Records, from the first script on, the frame at which the workspace is hydrated and every long task. */
const PAGE_PROBES = `
  window.__name = (fn) => fn; // tsx names the functions inside page.evaluate callbacks with this helper
  window.__bench = { hydratedAt: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  const hydrated = () => {
    const column = document.querySelector(".workspace-editor");
    return column && Object.keys(column).some((key) => key.startsWith("__reactProps"));
  };
  const watch = () => {
    if (hydrated()) window.__bench.hydratedAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

/** Sentences of the stored text that no claim touches, in the middle of the article (one per run). */
async function freeSentences(databaseUrl: string, slug: string, count: number): Promise<Array<{ start: number; end: number; text: string }>> {
  const db = createPrismaClient(databaseUrl);
  try {
    const article = await db.article.findUniqueOrThrow({ where: { slug }, include: { revisions: { orderBy: { number: "desc" }, take: 1 }, claims: { select: { start: true, end: true } } } });
    const revision = article.revisions[0]!;
    const blocks = JSON.parse(revision.blocksJson) as Array<{ start: number; end: number }>;
    const taken = article.claims;
    const found: Array<{ start: number; end: number; text: string }> = [];
    for (let b = Math.floor(blocks.length / 2); b < blocks.length && found.length < count; b += 3) {
      const block = blocks[b]!;
      for (const m of revision.text.slice(block.start, block.end).matchAll(/[^.]+\./g)) {
        const lead = m[0].length - m[0].trimStart().length;
        const start = block.start + m.index + lead;
        const end = block.start + m.index + m[0].length;
        if (taken.some((c) => c.start < end && c.end > start)) continue;
        found.push({ start, end, text: revision.text.slice(start, end) });
        break;
      }
    }
    if (found.length < count) throw new Error("not enough free sentences");
    return found;
  } finally {
    await db.$disconnect();
  }
}

async function signIn(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  const state = await context.storageState();
  await context.close();
  return state;
}

/**
 * Selects [start, end) of the canonical text in the rendered article: the block holding it is
 * found by its data-block-start, then its text nodes are mapped through their pieces' data-start
 * (works for one text node per paragraph and for paragraphs cut into <mark>/<span> pieces).
 */
async function selectSpan(page: Page, span: { start: number; end: number }) {
  await page.evaluate(({ start, end }) => {
    const blocks = [...document.querySelectorAll<HTMLElement>(".workspace-article [data-block-start]")];
    let block: HTMLElement | null = null;
    for (const candidate of blocks) if (Number(candidate.dataset.blockStart) <= start) block = candidate;
    if (!block) throw new Error("block not found");
    block.scrollIntoView({ block: "center" });
    const point = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const piece = node.parentElement!.closest<HTMLElement>("[data-start]")!;
        const pieceStart = Number(piece.dataset.start);
        if (offset >= pieceStart && offset <= pieceStart + node.textContent!.length) return [node, offset - pieceStart];
      }
      throw new Error(`offset ${offset} not found`);
    };
    const range = document.createRange();
    range.setStart(...point(start));
    range.setEnd(...point(end));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    block.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, span);
}

/** Clicks "Create claim from selection" and waits for the frame where the claim is shown in the editor and highlighted in the article. */
async function timeSelectionToClaim(page: Page, sentence: { start: number; end: number; text: string }): Promise<number> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLButtonElement>("button")].some((b) => b.textContent?.trim() === "Create claim from selection" && !b.disabled), undefined, { timeout: 120_000, polling: 50 });
  return page.evaluate(
    ({ start, end, text }) =>
      new Promise<number>((done, fail) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.trim() === "Create claim from selection")!;
        const started = performance.now();
        const highlighted = () => {
          const marks = [...document.querySelectorAll<HTMLElement>(".workspace-article mark[data-claim-id]")];
          if (marks.some((mark) => Number(mark.dataset.start) === start && mark.textContent === text.slice(0, mark.textContent!.length))) return true;
          const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
          if (!registry) return false;
          for (const highlight of registry.values())
            for (const range of highlight) {
              const s = range.startContainer.parentElement?.closest<HTMLElement>("[data-start]");
              if (s && Number(s.dataset.start) + range.startOffset === start) {
                const e = range.endContainer.parentElement?.closest<HTMLElement>("[data-start]");
                if (e && Number(e.dataset.start) + range.endOffset === end) return true;
              }
            }
          return false;
        };
        const shown = () => document.querySelector(".claim-editor blockquote.claim-quote")?.textContent?.includes(text) === true && highlighted();
        const check = () => {
          if (shown()) return done(performance.now() - started);
          if (performance.now() - started > 120_000) return fail(new Error("the claim was not shown within 120 s"));
          requestAnimationFrame(check);
        };
        button.click();
        requestAnimationFrame(check);
      }),
    sentence,
  );
}

/** Types into the rationale in two bursts of 20 characters, with a pause (autosave and refresh) between them. */
async function timeKeystrokes(page: Page): Promise<number[]> {
  await page.getByLabel("Your verdict").selectOption("supported");
  await page.waitForTimeout(3_000); // the verdict's autosave and the page data refresh after it
  const rationale = page.getByLabel(/^Rationale/);
  await rationale.click();
  await rationale.press("End");
  await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>("textarea#rationale") ?? document.activeElement!;
    (window as unknown as { __keys: number[] }).__keys = [];
    field.addEventListener("input", (event) => {
      const at = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => (window as unknown as { __keys: number[] }).__keys.push(performance.now() - at), 0));
    });
  });
  await page.keyboard.type(" Checked against the cited", { delay: 80 });
  await page.waitForTimeout(1_200);
  await page.keyboard.type(" trials and reviews.", { delay: 80 });
  await page.waitForTimeout(1_500);
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
}

async function oneLoad(browser: Browser, storageState: Awaited<ReturnType<typeof signIn>>, url: string, sentence: { start: number; end: number; text: string }): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState });
  await context.addInitScript(PAGE_PROBES);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit", timeout: 180_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { hydratedAt: number | null } }).__bench?.hydratedAt !== null, undefined, { timeout: 180_000, polling: 100 });
    await page.waitForTimeout(Math.max(0, 10_000));
    const load = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { hydratedAt: number; longTasks: Array<[number, number]> } }).__bench;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
      const quiet = bench.longTasks.filter(([start]) => start < 10_000).reduce((latest, [start, duration]) => Math.max(latest, start + duration), fcp);
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { ttfb: navigation.responseStart, fcp, interactive: bench.hydratedAt, quiet };
    });
    await selectSpan(page, sentence);
    const selectionToClaim = await timeSelectionToClaim(page, sentence);
    const keystrokes = await timeKeystrokes(page);
    return { ...load, selectionToClaim, keystrokes };
  } finally {
    await context.close();
  }
}

async function runScenario(browser: Browser, scenario: Scenario) {
  const generationStarted = performance.now();
  const generated = await generateLargeReview(scenario.databaseUrl, scenario.size, { slug: scenario.slug, status: "in_review" });
  console.log(`[bench] ${scenario.name}: ${generated.claims} claims, ${generated.textLength} characters, generated in ${Math.round(performance.now() - generationStarted)} ms`);
  const sentences = await freeSentences(scenario.databaseUrl, scenario.slug, RUNS + 1);
  const server = await startServer({ port: PORT, databaseUrl: scenario.databaseUrl });
  try {
    const storageState = await signIn(browser, server.baseUrl);
    const url = `${server.baseUrl}/review/${scenario.slug}`;
    const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const html = await (await fetch(url, { headers: { cookie } })).text();
    if (!html.includes("workspace")) throw new Error("the workspace page did not render (signed in?)");
    const loads: LoadFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      const figures = await oneLoad(browser, storageState, url, sentences[run]!);
      console.log(`[bench] ${scenario.name} run ${run + 1}: ttfb ${Math.round(figures.ttfb)} ms, fcp ${Math.round(figures.fcp)} ms, interactive ${Math.round(figures.interactive)} ms, quiet ${Math.round(figures.quiet)} ms, selection-to-claim ${Math.round(figures.selectionToClaim)} ms, keystrokes median ${Math.round(median(figures.keystrokes))} ms, worst ${Math.round(Math.max(...figures.keystrokes))} ms`);
      loads.push(figures);
    }
    const ceilings = await measureCeilings(browser, storageState, server.baseUrl, scenario, sentences[RUNS]!);
    console.log(`[bench] ${scenario.name} ceilings: static page fcp ${Math.round(ceilings.staticFcp)} ms, create-claim API ${Math.round(ceilings.apiCreate)} ms, bare textarea keystroke median ${Math.round(median(ceilings.bareKeystrokes))} ms`);
    return { scenario, generated, htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, loads, ceilings };
  } finally {
    await server.stop();
  }
}

interface Ceilings {
  staticFcp: number;
  apiCreate: number;
  bareKeystrokes: number[];
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Records the time from each input event to the frame after it, as timeKeystrokes does. */
const KEY_PROBE = `
  window.__keys = [];
  document.addEventListener("input", (event) => {
    const at = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - at), 0));
  }, true);
`;

/**
 * The floor for the same figures in the same run: the article's text as a bare static page (no
 * server work, no script; first contentful paint), the create-claim API call alone from a signed-in
 * page, and keystrokes in a bare textarea.
 */
async function measureCeilings(browser: Browser, storageState: Awaited<ReturnType<typeof signIn>>, baseUrl: string, scenario: Scenario, sentence: { start: number; end: number }): Promise<Ceilings> {
  const db = createPrismaClient(scenario.databaseUrl);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { article: { slug: scenario.slug } }, orderBy: { number: "desc" } });
  await db.$disconnect();
  const blocks = JSON.parse(revision.blocksJson) as Array<{ start: number; end: number }>;
  const staticHtml = `<!doctype html><html><head><meta charset="utf-8"><title>static</title></head><body>${blocks.map((b) => `<p>${escapeHtml(revision.text.slice(b.start, b.end))}</p>`).join("")}</body></html>`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState });
  await context.addInitScript(PAGE_PROBES);
  try {
    const page = await context.newPage();
    const staticUrl = `${baseUrl}/__bench/static-article`;
    await page.route(staticUrl, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: staticHtml }));
    const fcps: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(staticUrl, { waitUntil: "load" });
      fcps.push(await page.evaluate(() => new Promise<number>((done) => new PerformanceObserver((list) => done(list.getEntriesByName("first-contentful-paint")[0]!.startTime)).observe({ type: "paint", buffered: true }))));
    }
    await page.goto(`${baseUrl}/review/new`);
    const apiCreate = await page.evaluate(
      async ({ slug, start, end }) => {
        const started = performance.now();
        const response = await fetch(`/api/articles/${slug}/claims`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ start, end, checkable: true }) });
        await response.json();
        if (!response.ok) throw new Error(`create claim answered ${response.status}`);
        return performance.now() - started;
      },
      { slug: scenario.slug, start: sentence.start, end: sentence.end },
    );
    await page.setContent("<!doctype html><textarea id=bare rows=5 cols=60></textarea>");
    await page.evaluate(KEY_PROBE);
    await page.locator("#bare").click();
    await page.keyboard.type(" Checked against the cited trials and reviews.", { delay: 80 });
    await page.waitForTimeout(300);
    const bareKeystrokes = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
    return { staticFcp: median(fcps), apiCreate, bareKeystrokes };
  } finally {
    await context.close();
  }
}

function verdict(value: number, target: number | undefined) {
  return target === undefined ? "" : value < target ? "met" : "MISSED";
}

async function main() {
  await ensureBuild();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const results: Array<Awaited<ReturnType<typeof runScenario>>> = [];
  try {
    for (const scenario of SCENARIOS.filter((s) => !process.env.BENCH_ONLY || s.name === process.env.BENCH_ONLY)) results.push(await runScenario(browser, scenario));
  } finally {
    await browser.close();
  }
  const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
  const lines = [`Machine: ${machineLine()}. \`npm run bench:workspace-large\` (bench/workspace/large-article.ts), median of ${RUNS} loads.`, ""];
  lines.push("| measure | " + results.map((r) => `${r.scenario.size.words.toLocaleString("en")} words, ${r.generated.claims.toLocaleString("en")} claims`).join(" | ") + " |");
  lines.push("| --- | " + results.map(() => "---:").join(" | ") + " |");
  const row = (label: string, cell: (r: (typeof results)[number]) => string) => lines.push(`| ${label} | ${results.map(cell).join(" | ")} |`);
  row("page HTML, uncompressed / gzipped", (r) => `${(r.htmlBytes / 1024 / 1024).toFixed(2)} MB / ${(r.htmlGzip / 1024).toFixed(0)} KB`);
  row("time to first byte (server renders the page)", (r) => ms(median(r.loads.map((l) => l.ttfb))));
  row("first contentful paint", (r) => ms(median(r.loads.map((l) => l.fcp))));
  row("ceiling: the article's text as a bare static page, first contentful paint", (r) => ms(r.ceilings.staticFcp));
  row("interactive (hydrated)", (r) => `${ms(median(r.loads.map((l) => l.interactive)))} ${verdict(median(r.loads.map((l) => l.interactive)), r.scenario.targets.interactive)}`);
  row("main thread quiet (end of last long task in 10 s)", (r) => ms(median(r.loads.map((l) => l.quiet))));
  row("selection to claim shown and highlighted", (r) => `${ms(median(r.loads.map((l) => l.selectionToClaim)))} ${verdict(median(r.loads.map((l) => l.selectionToClaim)), r.scenario.targets.selectionToClaim)} (runs: ${r.loads.map((l) => Math.round(l.selectionToClaim)).join(", ")})`);
  row("ceiling: the create-claim API call alone (one run)", (r) => ms(r.ceilings.apiCreate));
  row("keystroke to paint in the rationale, median / p95 / worst", (r) => {
    const all = r.loads.flatMap((l) => l.keystrokes);
    return `${ms(median(all))} / ${ms(percentile(all, 95))} / ${ms(Math.max(...all))} ${verdict(percentile(all, 95), r.scenario.targets.keystroke)}`;
  });
  row("ceiling: keystroke to paint in a bare textarea, median / p95", (r) => `${ms(median(r.ceilings.bareKeystrokes))} / ${ms(percentile(r.ceilings.bareKeystrokes, 95))}`);
  console.log(`\n${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
