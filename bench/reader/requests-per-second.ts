/**
 * Benchmark (b): requests per second for the demo reader page versus a static file of the
 * same size served by the same server (public/, written for the run and removed after),
 * measured one after the other in one run with autocannon. Target: the page at least half
 * the static rate, zero errors.
 *
 * Usage: tsx bench/reader/requests-per-second.ts  (BENCH_DURATION seconds per target, default 10)
 */
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { DEMO_READER_PATH, startDemoServer } from "./demo-server";
import { ensureBuild, machineLine, root } from "./serve";

const PORT = Number(process.env.BENCH_PORT ?? 3192);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STATIC_NAME = "bench-reader-static.html";

interface Outcome {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function load(label: string, url: string): Promise<Outcome> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  await ensureBuild();
  const publicDir = join(root, "public");
  const createdPublicDir = !existsSync(publicDir);
  const staticFile = join(publicDir, STATIC_NAME);
  // The file must exist when the server starts (next start lists public/ then); its content is written below.
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(staticFile, "");
  const server = await startDemoServer(PORT);
  try {
    const page = await fetch(`${server.baseUrl}${DEMO_READER_PATH}`);
    const html = await page.text();
    if (page.status !== 200) throw new Error(`the reader page answered ${page.status}`);
    // The same bytes as a static file; next start serves public/ files as they appear on disk.
    writeFileSync(staticFile, html);
    const check = await fetch(`${server.baseUrl}/${STATIC_NAME}`);
    if (check.status !== 200 || (await check.text()).length !== html.length) throw new Error(`the static file is not served (${check.status})`);

    await load("warm-up", `${server.baseUrl}${DEMO_READER_PATH}`);
    const reader = await load("demo reader page", `${server.baseUrl}${DEMO_READER_PATH}`);
    const file = await load(`static file, same size (public/${STATIC_NAME})`, `${server.baseUrl}/${STATIC_NAME}`);
    const ratio = reader.requestsPerSecond / file.requestsPerSecond;
    console.log(`
### Requests per second: the demo reader page versus a static file of the same size

Machine: ${machineLine()}. \`npm run bench:reader-rps\` (bench/reader/requests-per-second.ts): autocannon,
${CONNECTIONS} connections, ${DURATION} s each, one after the other against the same \`next start\`; ${Buffer.byteLength(html).toLocaleString("en")} bytes a response.

| target | requests/s | latency p50 | latency p99 | requests | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${[reader, file].map((o) => `| ${o.label} | ${o.requestsPerSecond.toFixed(0)} | ${o.p50} ms | ${o.p99} ms | ${o.total} | ${o.errors} | ${o.non2xx} |`).join("\n")}

Reader page / static file: **${(ratio * 100).toFixed(0)}%** of the static rate (target: at least 50%, zero errors: ${ratio >= 0.5 && reader.errors + reader.non2xx === 0 ? "met" : "missed"}).
`);
  } finally {
    await server.stop();
    rmSync(staticFile, { force: true });
    if (createdPublicDir) rmdirSync(publicDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
