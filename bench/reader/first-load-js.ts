/**
 * Benchmark (c): the JavaScript a first visit to the reader page downloads, gzipped: every
 * script the page loads (in Chromium, from the production build), each compressed with gzip
 * as a server would send it. Target: under 150 KB.
 *
 * Usage: tsx bench/reader/first-load-js.ts
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { DEMO_READER_PATH, startDemoServer } from "./demo-server";
import { chromiumLaunchOptions, ensureBuild, machineLine } from "./serve";

const PORT = Number(process.env.BENCH_PORT ?? 3193);

async function main() {
  await ensureBuild();
  const server = await startDemoServer(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const scripts = new Map<string, Buffer>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      try {
        scripts.set(response.url(), await response.body());
      } catch {
        // a redirect or an aborted load has no body
      }
    });
    await page.goto(`${server.baseUrl}${DEMO_READER_PATH}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
    await page.locator(".reader[data-ready]").waitFor();
    const rows = [...scripts].map(([url, body]) => ({ name: new URL(url).pathname.split("/").pop() ?? url, raw: body.length, gzip: gzipSync(body).length })).sort((a, b) => b.gzip - a.gzip);
    const total = rows.reduce((sum, row) => sum + row.gzip, 0);
    const raw = rows.reduce((sum, row) => sum + row.raw, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`
### First-load JavaScript of the reader route

Machine: ${machineLine()}. \`npm run bench:reader-js\` (bench/reader/first-load-js.ts): every script Chromium loads for
\`${DEMO_READER_PATH}\` from the production build, gzipped (level 6) one by one.

| | scripts | uncompressed | gzipped | target |
| --- | ---: | ---: | ---: | ---: |
| reader route, first load | ${rows.length} | ${kb(raw)} | **${kb(total)}** | 150 KB (${total < 150 * 1024 ? "met" : `missed by ${kb(total - 150 * 1024)}`}) |

Largest: ${rows.slice(0, 5).map((r) => `${r.name} ${kb(r.gzip)}`).join(", ")}.
`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
