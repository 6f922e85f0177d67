/**
 * Benchmark (b): requests per second for the demo reader page served by the app (`npm start`'s
 * production server, scripts/server/production-server.ts) versus the same bytes, with the same
 * headers, from a plain Node `http` server (the ceiling: no framework at all), one after the
 * other in one run with autocannon: uncompressed (autocannon sends no Accept-Encoding), then
 * gzip (both send bytes compressed once). Last, for comparison, plain `next start` on the same
 * build and database, where every request goes through Next's router to the route handler (the
 * design before the early answer). Target: the page at least half the plain server's rate,
 * zero errors.
 *
 * Usage: tsx bench/reader/requests-per-second.ts  (BENCH_DURATION seconds per target, default 10; BENCH_CONNECTIONS, default 50)
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { DEMO_DATABASE_URL, DEMO_READER_PATH, startDemoServer } from "./demo-server";
import { ensureBuild, machineLine, startServer } from "./serve";

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

async function load(label: string, url: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { label, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total };
}

/** The page's bytes and headers as the app sends them for this Accept-Encoding. */
async function fetchAsSent(url: string, acceptEncoding: string) {
  const { request } = await import("node:http");
  return new Promise<{ body: Buffer; headers: Record<string, string> }>((done, fail) => {
    request(url, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode !== 200) return fail(new Error(`the reader page answered ${response.statusCode}`));
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined && !["date", "connection", "keep-alive", "transfer-encoding"].includes(name)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        done({ body: Buffer.concat(chunks), headers });
      });
    })
      .on("error", fail)
      .end();
  });
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
  const pageUrl = `${server.baseUrl}${DEMO_READER_PATH}`;
  const stops: Array<() => Promise<void>> = [server.stop];
  try {
    await fetchAsSent(pageUrl, "identity"); // the first request renders and caches the page
    const plainPage = await fetchAsSent(pageUrl, "identity");
    const gzipPage = await fetchAsSent(pageUrl, "gzip");
    if (gzipPage.headers["content-encoding"] !== "gzip") throw new Error("the cached page was not sent gzipped");
    const plain = await startPlainServer(plainPage.body, plainPage.headers);
    const plainGzip = await startPlainServer(gzipPage.body, gzipPage.headers);
    stops.push(plain.stop, plainGzip.stop);
    const gzip = { "Accept-Encoding": "gzip" };

    await load("warm-up", pageUrl);
    const reader = await load("demo reader page (npm start's server: cached version answered before Next)", pageUrl);
    const ceiling = await load("the same bytes from a plain Node http server", plain.url);
    const readerGzip = await load("demo reader page, gzip (compressed once per version)", pageUrl, gzip);
    const ceilingGzip = await load("the same gzip bytes from a plain Node http server", plainGzip.url, gzip);

    const viaNext = await startServer({ port: PORT + 1, databaseUrl: DEMO_DATABASE_URL, nextStart: true });
    stops.push(viaNext.stop);
    await fetchAsSent(`${viaNext.baseUrl}${DEMO_READER_PATH}`, "identity");
    await load("warm-up", `${viaNext.baseUrl}${DEMO_READER_PATH}`);
    const routeHandler = await load("for comparison: `next start`, same build (every request through Next's router to the route handler)", `${viaNext.baseUrl}${DEMO_READER_PATH}`);

    const ratio = reader.requestsPerSecond / ceiling.requestsPerSecond;
    const ratioGzip = readerGzip.requestsPerSecond / ceilingGzip.requestsPerSecond;
    const met = (r: number, o: Outcome) => (r >= 0.5 && o.errors + o.non2xx === 0 ? "met" : "missed");
    console.log(`
### Requests per second: the demo reader page versus a plain Node server sending the same bytes

Machine: ${machineLine()}. \`npm run bench:reader-rps\` (bench/reader/requests-per-second.ts): autocannon,
${CONNECTIONS} connections, ${DURATION} s each, one after the other in one run; ${plainPage.body.length.toLocaleString("en")} bytes a response uncompressed, ${gzipPage.body.length.toLocaleString("en")} gzipped.

| target | requests/s | latency p50 | latency p99 | requests | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${[reader, ceiling, readerGzip, ceilingGzip, routeHandler].map((o) => `| ${o.label} | ${o.requestsPerSecond.toFixed(0)} | ${o.p50} ms | ${o.p99} ms | ${o.total} | ${o.errors} | ${o.non2xx} |`).join("\n")}

Reader page / plain server: **${ratio.toFixed(2)}x** uncompressed (target: at least 0.5x, zero errors: ${met(ratio, reader)}), **${ratioGzip.toFixed(2)}x** gzip (${met(ratioGzip, readerGzip)}).
Through Next's router (\`next start\`): ${(routeHandler.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)}x.
`);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
