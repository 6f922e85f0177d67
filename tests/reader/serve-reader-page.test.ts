import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The public reader page's server side on a real SQLite file with the demo review: rendered
 * once per review version, served from memory, re-rendered when the review changes, and
 * nothing stored or rendered for unknown or malformed slugs (issue 16, item 3).
 */
let url: string;
let db: typeof import("../../server/db").db;
let serveReaderPage: typeof import("../../server/reader/serve-reader-page").serveReaderPage;
let readerPageCache: typeof import("../../server/reader/reader-page-cache").readerPageCache;
let answerFromReaderCache: typeof import("../../server/reader/answer-from-reader-cache").answerFromReaderCache;
let bumpPageVersion: typeof import("../../server/data/articles/bump-page-version").bumpPageVersion;
const SLUG = "reversing-calcification-vitamin-k2";
const get = (slug: string, headers: Record<string, string> = {}) => serveReaderPage(new Request(`http://localhost/articles/${slug}`, { headers }), slug);

beforeAll(async () => {
  url = await useFreshSqliteDatabase("serve-reader-page");
  ({ db } = await import("../../server/db"));
  await (await import("../../prisma/seed")).seedDemo(db);
  ({ serveReaderPage } = await import("../../server/reader/serve-reader-page"));
  ({ readerPageCache } = await import("../../server/reader/reader-page-cache"));
  ({ answerFromReaderCache } = await import("../../server/reader/answer-from-reader-cache"));
  ({ bumpPageVersion } = await import("../../server/data/articles/bump-page-version"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("serveReaderPage", () => {
  it("renders a published review once, then serves the same bytes from memory", async () => {
    const first = await get(SLUG);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain("<mark id=claim-demo-claim-06 ");
    expect(first.headers.get("content-security-policy")).toMatch(/script-src 'self';/);
    const entries = readerPageCache.size;
    const second = await get(SLUG);
    expect(await second.text()).toBe(html);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(readerPageCache.size).toBe(entries);
  });

  it("answers 304 to a known ETag", async () => {
    const etag = (await get(SLUG)).headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get(SLUG, { "if-none-match": etag })).status).toBe(304);
  });

  it("a change to the review gives a new version: the next request renders the change", async () => {
    const before = await (await get(SLUG)).text();
    await db.claim.update({ where: { id: "demo-claim-06" }, data: { restatement: "Changed restatement for the cache test" } });
    expect(await (await get(SLUG)).text(), "still the cached version until the change is announced").toBe(before);
    const article = await db.article.findUniqueOrThrow({ where: { slug: SLUG } });
    await bumpPageVersion(db, article.id);
    expect(await (await get(SLUG)).text()).toContain("Changed restatement for the cache test");
  });

  it("unknown, malformed and very long slugs get the same 404 without a render or a cache entry", async () => {
    const entries = readerPageCache.size;
    const bytes = readerPageCache.totalSize;
    for (const slug of ["no-such-review", "x".repeat(5000), "../etc/passwd", "a b", "", "-leading-dash"]) {
      const response = await get(slug);
      expect(response.status, slug.slice(0, 20)).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("Review not found");
    }
    expect(readerPageCache.size).toBe(entries);
    expect(readerPageCache.totalSize).toBe(bytes);
  });

  it("an unpublished review is a 404 at once", async () => {
    const article = await db.article.update({ where: { slug: SLUG }, data: { status: "in_review" } });
    await bumpPageVersion(db, article.id);
    expect((await get(SLUG)).status).toBe(404);
    await db.article.update({ where: { slug: SLUG }, data: { status: "published" } });
  });
});

describe("answerFromReaderCache (npm start's server, before Next)", () => {
  const ask = (slug: string, extra: Partial<{ ifNoneMatch: string; acceptEncoding: string; method: "GET" | "HEAD" }> = {}) =>
    answerFromReaderCache({ slug, method: extra.method ?? "GET", ifNoneMatch: extra.ifNoneMatch, acceptEncoding: extra.acceptEncoding });

  it("answers nothing for a version not rendered here yet, then the cached bytes, compressed once", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { slug: SLUG } });
    await bumpPageVersion(db, article.id);
    expect(await ask(SLUG), "the new version is not cached: Next renders it").toBeNull();
    const rendered = await get(SLUG);
    const html = await rendered.text();
    const plain = (await ask(SLUG))!;
    expect(plain.status).toBe(200);
    expect(plain.body!.toString("utf8")).toBe(html);
    expect(plain.headers.ETag).toBe(rendered.headers.get("etag"));
    for (const [name, value] of rendered.headers) {
      if (name !== "etag") expect(plain.headers[Object.keys(plain.headers).find((key) => key.toLowerCase() === name)!], name).toBe(value);
    }
    const brotli = (await ask(SLUG, { acceptEncoding: "gzip, deflate, br" }))!;
    expect(brotli.headers["Content-Encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body!).toString("utf8")).toBe(html);
    const gzipped = (await ask(SLUG, { acceptEncoding: "gzip" }))!;
    expect(gzipped.headers["Content-Encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body!).toString("utf8")).toBe(html);
    expect(gzipped.headers.ETag).not.toBe(plain.headers.ETag);
    expect((await ask(SLUG, { ifNoneMatch: gzipped.headers.ETag }))?.status).toBe(304);
    const head = (await ask(SLUG, { method: "HEAD" }))!;
    expect(head.body).toBeNull();
    expect(head.headers["Content-Length"]).toBe(String(Buffer.byteLength(html)));
  });

  it("never answers for unknown, invalid or unpublished slugs, nor after a change until it is rendered", async () => {
    await get(SLUG);
    expect(await ask(SLUG)).not.toBeNull();
    for (const slug of ["no-such-review", "x".repeat(500), "-leading-dash"]) expect(await ask(slug), slug.slice(0, 20)).toBeNull();
    const article = await db.article.update({ where: { slug: SLUG }, data: { status: "in_review" } });
    await bumpPageVersion(db, article.id);
    expect(await ask(SLUG)).toBeNull();
    await db.article.update({ where: { slug: SLUG }, data: { status: "published" } });
    await bumpPageVersion(db, article.id);
    expect(await ask(SLUG)).toBeNull();
  });
});
