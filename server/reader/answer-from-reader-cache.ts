import "server-only";
import { isReaderSlug } from "@/domain/overlay/reader-slug";
import { ifNoneMatchIncludes } from "@/domain/support/content-negotiation";
import { getReaderPageVersion } from "../data/articles/get-reader-page-version";
import type { ReaderCacheAnswer, ReaderCacheRequest } from "./reader-cache-hook";
import { readerPageCache, readerPageKey } from "./reader-page-cache";
import { allEtags, encodedPage, PAGE_CACHE_CONTROL, readerHeaders } from "./reader-page-headers";

/**
 * The production server's early answer (reader-cache-hook.ts): the cached page of the review's
 * current version, compressed once, or null (unknown or invalid slug, version not cached here
 * yet, any error) to let Next's route handler below answer.
 */
export async function answerFromReaderCache(request: ReaderCacheRequest): Promise<ReaderCacheAnswer | null> {
  if (!isReaderSlug(request.slug)) return null;
  const version = await getReaderPageVersion(request.slug);
  if (version === null) return null;
  const page = readerPageCache.get(readerPageKey(request.slug, version));
  if (!page) return null;
  if (page.compressed === undefined) await page.compression;
  const { body, etag, encoding } = encodedPage(page, request.acceptEncoding);
  const headers = { ...readerHeaders(), "Cache-Control": PAGE_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" };
  if (ifNoneMatchIncludes(request.ifNoneMatch, allEtags(page))) return { status: 304, headers, body: null };
  if (encoding) Object.assign(headers, { "Content-Encoding": encoding });
  Object.assign(headers, { "Content-Length": String(body.length) });
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}
