import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";

/**
 * A local web server for the workspace tests: article pages to import by URL and stand-ins for
 * Crossref and PubMed. The app under test may reach it only through the test-only allowance:
 *
 *   CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS=127.0.0.1:<E2E_PORT+1000>
 *   CLAIMCHECK_CROSSREF_BASE_URL=http://127.0.0.1:<E2E_PORT+1000>/crossref
 *   CLAIMCHECK_EUTILS_BASE_URL=http://127.0.0.1:<E2E_PORT+1000>/eutils
 *
 * set in the environment of `playwright test` (the web server inherits it).
 */
export const STUB_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
export const STUB_ORIGIN = `http://127.0.0.1:${STUB_PORT}`;

export function stubConfigured(): boolean {
  return (process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS ?? "").split(",").includes(`127.0.0.1:${STUB_PORT}`) && process.env.CLAIMCHECK_CROSSREF_BASE_URL === `${STUB_ORIGIN}/crossref`;
}
export const STUB_SKIP_REASON = `needs CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS=127.0.0.1:${STUB_PORT}, CLAIMCHECK_CROSSREF_BASE_URL=${STUB_ORIGIN}/crossref and CLAIMCHECK_EUTILS_BASE_URL=${STUB_ORIGIN}/eutils in the environment`;

const fixture = (name: string) => readFileSync(`domain/citations/fixtures/${name}`, "utf8");

export const STUB_ARTICLE = {
  title: "Magnesium and migraines",
  author: "Dana Stub",
  sentence: "Magnesium supplements cut migraine days by half in every adult who takes them.",
};

function articleHtml(stamp: string) {
  return `<!doctype html><html lang="en"><head><title>Site | ${STUB_ARTICLE.title}</title>
<meta property="og:title" content="${STUB_ARTICLE.title} ${stamp}">
<meta name="author" content="${STUB_ARTICLE.author}">
<meta property="article:published_time" content="2022-05-06T08:00:00Z">
<script>document.title = "hacked"</script><style>body{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>${STUB_ARTICLE.title}</h1><p>${STUB_ARTICLE.sentence}</p><p>Readers like it (${stamp}).</p><form><input name="q"></form></article>
<footer>Copyright Stub Media</footer></body></html>`;
}

let server: Server | null = null;

export async function startStubServer(): Promise<void> {
  if (server) return;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", STUB_ORIGIN);
    const path = url.pathname;
    if (path.startsWith("/article/")) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(articleHtml(path.slice("/article/".length)));
    } else if (path === "/redirect-to-loopback") {
      response.writeHead(302, { Location: `http://127.0.0.1:${STUB_PORT + 1}/admin` }).end();
    } else if (path === "/redirect-to-metadata") {
      response.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
    } else if (path === "/crossref/works/10.1038%2F386078a0" || path === "/crossref/works/10.1038/386078a0") {
      response.writeHead(200, { "Content-Type": "application/json" }).end(fixture("crossref-work-luo-1997.json"));
    } else if (path === "/eutils/esummary.fcgi" && url.searchParams.get("id") === "9052783") {
      response.writeHead(200, { "Content-Type": "application/json" }).end(fixture("eutils-esummary-9052783.json"));
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server!.once("error", reject);
    server!.listen(STUB_PORT, "127.0.0.1", () => resolve());
  });
}

export async function stopStubServer(): Promise<void> {
  const running = server;
  server = null;
  if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
}
