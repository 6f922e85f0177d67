import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fetchArticleUrl } from "../../server/import/fetch-article-url";
import { startLocalServer } from "./local-server";

const page = `<!doctype html><html><head><title>Local page</title><meta name="author" content="A. Writer"></head><body><article><h1>Local page</h1><p>Tea cuts strokes by 40 percent.</p></article></body></html>`;

let server: Awaited<ReturnType<typeof startLocalServer>>;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    switch (url.pathname) {
      case "/article":
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
        return;
      case "/redirect-to-article":
        response.writeHead(302, { Location: "/article" }).end();
        return;
      case "/redirect-to-metadata":
        response.writeHead(301, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
        return;
      case "/redirect-loop":
        response.writeHead(302, { Location: "/redirect-loop" }).end();
        return;
      case "/image":
        response.writeHead(200, { "Content-Type": "image/png" }).end("png");
        return;
      case "/huge":
        response.writeHead(200, { "Content-Type": "text/html" });
        response.end("<p>" + "x".repeat(5 * 1024 * 1024 + 10) + "</p>");
        return;
      case "/slow":
        setTimeout(() => response.writeHead(200, { "Content-Type": "text/html" }).end(page), 2000);
        return;
      default:
        response.writeHead(404).end();
    }
  });
});

afterAll(() => server.close());
afterEach(() => {
  delete process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS;
  delete process.env.CLAIMCHECK_URL_IMPORT_TIMEOUT_MS;
});

const allowLocal = () => {
  process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS = server.host;
};

describe("fetchArticleUrl without the test-only allowance", () => {
  it("refuses the local server: 127.0.0.1 is a loopback address", async () => {
    await expect(fetchArticleUrl(`${server.origin}/article`)).rejects.toThrow(/Refused: 127\.0\.0\.1 is a loopback address/);
  });
  it("refuses localhost after resolving it", async () => {
    await expect(fetchArticleUrl(`http://localhost:${server.host.split(":")[1]}/article`)).rejects.toThrow(/Refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
  });
  it.each(["http://10.0.0.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://2130706433/"])("refuses %s before connecting", async (url) => {
    await expect(fetchArticleUrl(url)).rejects.toThrow(/^Refused: .* is (a|the) /);
  });
});

describe("fetchArticleUrl with the allowance for the local server", () => {
  it("fetches an HTML page", async () => {
    allowLocal();
    const fetched = await fetchArticleUrl(`${server.origin}/article`);
    expect(fetched.body).toContain("Tea cuts strokes");
    expect(fetched.contentType).toContain("text/html");
  });
  it("follows a redirect on the same allowed host and reports the final address", async () => {
    allowLocal();
    expect((await fetchArticleUrl(`${server.origin}/redirect-to-article`)).url).toBe(`${server.origin}/article`);
  });
  it("refuses a redirect to the cloud metadata address: every hop is checked", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${server.origin}/redirect-to-metadata`)).rejects.toThrow(/Refused: 169\.254\.169\.254 is a link-local address/);
  });
  it("stops after 5 redirects", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${server.origin}/redirect-loop`)).rejects.toThrow("more than 5 redirects");
  });
  it("refuses what is not a page", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${server.origin}/image`)).rejects.toThrow("serves image/png, not a web page");
  });
  it("refuses pages over 5 MB", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${server.origin}/huge`)).rejects.toThrow("over the 5 MB limit");
  });
  it("gives up after the time limit", async () => {
    allowLocal();
    process.env.CLAIMCHECK_URL_IMPORT_TIMEOUT_MS = "300";
    await expect(fetchArticleUrl(`${server.origin}/slow`)).rejects.toThrow("did not load within 0.3 s");
  });
  it("says when the page is missing", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${server.origin}/nothing`)).rejects.toThrow("answered 404");
  });
});
