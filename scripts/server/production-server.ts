/**
 * The production server `npm start` runs (instead of `next start`): Next's request handler
 * behind one early answer. GET and HEAD /articles/<slug> ask the reader page cache first
 * (server/reader/reader-cache-hook.ts: the review's page version is read with one indexed
 * query per request, and only a page cached for that version is sent, compressed once, with
 * the headers the route handler sends); everything else, and every reader request the cache
 * cannot answer, goes to Next unchanged (proxy.ts, routes, pages).
 *
 * Environment: PORT (default 3000; every interface, as `next start`), NEXT_DIST_DIR (next.config.js).
 * Run as `node --import tsx scripts/server/production-server.ts` from the app's folder.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { installedReaderCacheLookup, readerPageSlug, type ReaderCacheAnswer } from "../../server/reader/reader-cache-hook";

const root = resolve(import.meta.dirname, "../..");
const port = Number(process.env.PORT ?? 3000);

// Before Next loads: its modules read NODE_ENV when they are first imported.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port, hostname: "localhost" });
const handleWithNext = app.getRequestHandler();

function send(response: ServerResponse, answer: ReaderCacheAnswer): void {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body ?? undefined);
}

/** A cached reader page when the cache has this version, else null (Next answers). */
async function cachedReaderAnswer(request: IncomingMessage): Promise<ReaderCacheAnswer | null> {
  const lookup = installedReaderCacheLookup();
  if (!lookup || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const slug = readerPageSlug(request.url ?? "");
  if (!slug) return null;
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  return lookup({ slug, method: request.method, ifNoneMatch: header("if-none-match"), acceptEncoding: header("accept-encoding") }).catch(() => null);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const answer = await cachedReaderAnswer(request);
  if (answer) return send(response, answer);
  await handleWithNext(request, response);
}

await app.prepare();
const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(`Failed to handle request for ${request.url}`, error);
    if (!response.headersSent) {
      response.statusCode = 500;
      response.end("Internal Server Error");
    } else response.destroy();
  });
});
server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}`));

function shutDown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
