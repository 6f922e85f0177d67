/**
 * Benchmark (b): requests per second for the demo reader page served by the app (`next start`)
 * versus the same bytes, with the same headers, from a plain Node `http` server (the ceiling:
 * no framework at all), one after the other in one run with autocannon. Autocannon sends no
 * Accept-Encoding, so both answer uncompressed. Target: the page at least half the plain
 * server's rate, zero errors.
 *
 * Usage: tsx bench/reader/requests-per-second.ts  (BENCH_DURATION seconds per target, default 10; BENCH_CONNECTIONS, default 50)
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { DEMO_READER_PATH, startDemoServer } from "./demo-server";
import { ensureBuild, machineLine } from "./serve";

const PORT = Number(process.env.BENCH_PORT ?? 3192);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

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
  return { label, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total };
}

/** The ceiling: a plain Node server answering every request with the page's bytes and headers. */
async function startPlainServer(body: Buffer, headers: Record<string, string>) {
  const server = createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise<void>((done) => server.close(() => done())) };
}

async function main() {
  await ensureBuild();
  const server = await startDemoServer(PORT);
  try {
    const page = await fetch(`${server.baseUrl}${DEMO_READER_PATH}`, { headers: { "Accept-Encoding": "identity" } });
    const body = Buffer.from(await page.arrayBuffer());
    if (page.status !== 200) throw new Error(`the reader page answered ${page.status}`);
    const headers: Record<string, string> = {};
    page.headers.forEach((value, name) => {
      if (!["date", "connection", "keep-alive", "transfer-encoding"].includes(name)) headers[name] = value;
    });
    const plain = await startPlainServer(body, headers);
    try {
      await load("warm-up", `${server.baseUrl}${DEMO_READER_PATH}`);
      const reader = await load("demo reader page (next start, route handler, cached per review version)", `${server.baseUrl}${DEMO_READER_PATH}`);
      const ceiling = await load("the same bytes from a plain Node http server", plain.url);
      const ratio = reader.requestsPerSecond / ceiling.requestsPerSecond;
      console.log(`
### Requests per second: the demo reader page versus a plain Node server sending the same bytes

Machine: ${machineLine()}. \`npm run bench:reader-rps\` (bench/reader/requests-per-second.ts): autocannon,
${CONNECTIONS} connections, ${DURATION} s each, one after the other in one run; ${body.length.toLocaleString("en")} bytes a response (uncompressed).

| target | requests/s | latency p50 | latency p99 | requests | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${[reader, ceiling].map((o) => `| ${o.label} | ${o.requestsPerSecond.toFixed(0)} | ${o.p50} ms | ${o.p99} ms | ${o.total} | ${o.errors} | ${o.non2xx} |`).join("\n")}

Reader page / plain server: **${ratio.toFixed(2)}x** (target: at least 0.5x, zero errors: ${ratio >= 0.5 && reader.errors + reader.non2xx === 0 ? "met" : "missed"}).
`);
    } finally {
      await plain.stop();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
