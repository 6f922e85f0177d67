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
let revalidateReviewPages: typeof import("../../server/data/articles/revalidate-review-pages").revalidateReviewPages;
const SLUG = "reversing-calcification-vitamin-k2";
const get = (slug: string, headers: Record<string, string> = {}) => serveReaderPage(new Request(`http://localhost/articles/${slug}`, { headers }), slug);

beforeAll(async () => {
  url = await useFreshSqliteDatabase("serve-reader-page");
  ({ db } = await import("../../server/db"));
  await (await import("../../prisma/seed")).seedDemo(db);
  ({ serveReaderPage } = await import("../../server/reader/serve-reader-page"));
  ({ readerPageCache } = await import("../../server/reader/reader-page-cache"));
  ({ revalidateReviewPages } = await import("../../server/data/articles/revalidate-review-pages"));
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
    expect(html).toContain('data-claimcheck-claim="demo-claim-06"');
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
    await revalidateReviewPages(article.id);
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
    await revalidateReviewPages(article.id);
    expect((await get(SLUG)).status).toBe(404);
    await db.article.update({ where: { slug: SLUG }, data: { status: "published" } });
  });
});
