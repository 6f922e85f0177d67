import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isReaderSlug } from "@/domain/overlay/reader-slug";
import { INLINE_CLAIMS_LIMIT, OVERLAY_SCRIPT, READER_STYLESHEET, renderReaderDocument, renderReaderNotFound } from "@/domain/overlay/reader-document";
import { getReaderPageVersion } from "../data/articles/get-reader-page-version";
import { getReviewDocument } from "../data/articles/get-review-document";
import { publicBaseUrl } from "./public-base-url";
import { storeOverlayJson } from "./serve-overlay-review";
import { renderedPage, type RenderedPage } from "./rendered-page";
import { readerPageCache, readerPageKey } from "./reader-page-cache";
import { ifNoneMatchIncludes } from "@/domain/support/content-negotiation";
import { allEtags, PAGE_CACHE_CONTROL, readerHeaders } from "./reader-page-headers";

let assetVersionMemo: string | undefined;
/** A hash of the built overlay files, so a new build's page asks for the new files. */
function assetVersion(): string {
  if (assetVersionMemo) return assetVersionMemo;
  const hash = createHash("sha256");
  for (const file of [OVERLAY_SCRIPT, READER_STYLESHEET]) {
    const path = join(process.cwd(), "public", file);
    hash.update(existsSync(path) ? readFileSync(path) : "missing");
  }
  return (assetVersionMemo = hash.digest("hex").slice(0, 12));
}

/** Renders in flight, so a burst of first readers of a new version renders it once. */
const rendering = new Map<string, Promise<RenderedPage>>();

async function cachedPage(slug: string, version: number): Promise<RenderedPage | null> {
  const key = readerPageKey(slug, version);
  const cached = readerPageCache.get(key);
  if (cached) return cached;
  let pending = rendering.get(key);
  if (!pending) {
    pending = (async () => {
      const review = await getReviewDocument(null, slug);
      const page = renderedPage(renderReaderDocument(review, { baseUrl: publicBaseUrl(), assetVersion: assetVersion(), pageVersion: version }));
      // A long review's page fetches its claims at once: have them ready from the same load.
      if (review.claims.length > INLINE_CLAIMS_LIMIT) storeOverlayJson(slug, version, review);
      readerPageCache.set(key, page);
      return page;
    })().finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

/**
 * GET /articles/<slug>: the published review as static HTML, rendered once per review version
 * and served from memory (here Next gzips it for clients that accept it; under `npm start` the
 * production server answers later requests for the cached version before Next, with bytes
 * compressed once: answerFromReaderCache). 304 for a known ETag. An invalid or unknown slug
 * gets the same small 404 page, rendered without a database query for invalid ones and stored
 * nowhere.
 */
export async function serveReaderPage(request: Request, slug: string): Promise<Response> {
  const version = isReaderSlug(slug) ? await getReaderPageVersion(slug) : null;
  const page = version === null ? null : await cachedPage(slug, version).catch((error: unknown) => {
    if (error instanceof Error && "code" in error && error.code === "NOT_FOUND") return null; // unpublished meanwhile
    throw error;
  });
  const headers = new Headers(readerHeaders());
  if (!page) {
    headers.set("Cache-Control", "no-store");
    return new Response(request.method === "HEAD" ? null : renderReaderNotFound(assetVersion()), { status: 404, headers });
  }
  headers.set("Cache-Control", PAGE_CACHE_CONTROL);
  headers.set("ETag", page.etag);
  if (ifNoneMatchIncludes(request.headers.get("if-none-match"), allEtags(page))) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : new Uint8Array(page.body), { status: 200, headers });
}
