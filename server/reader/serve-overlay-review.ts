import "server-only";
import { buildOverlayReview, type OverlayReview } from "@/domain/overlay/overlay-review";
import { isReaderSlug } from "@/domain/overlay/reader-slug";
import type { TReviewDocument } from "@/domain/schemas/review";
import { SizedLruMap } from "@/domain/support/sized-lru-map";
import { getReaderPageVersion } from "../data/articles/get-reader-page-version";
import { getReviewDocument } from "../data/articles/get-review-document";
import { findPublishedReviewByUrl } from "../data/articles/find-published-review-by-url";
import { publicBaseUrl } from "./public-base-url";

/**
 * The embed's read endpoints (GET /api/reviews/<slug>/overlay and /api/reviews/by-url?url=):
 * published reviews only, the same JSON for everyone, cached per review version in memory and
 * for a minute by browsers and CDNs, readable from any origin (CORS `*`, no credentials).
 */
const overlays = new SizedLruMap<string, string>(16 * 1024 * 1024, 1000, (json) => json.length * 2);

export const OVERLAY_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
  "Content-Type": "application/json; charset=utf-8",
};

async function overlayJson(slug: string, version: number): Promise<string> {
  return overlays.get(`${slug}\n${version}`) ?? storeOverlayJson(slug, version, await getReviewDocument(null, slug));
}

/**
 * Builds and caches a version's overlay JSON from a review document already loaded. The reader
 * page calls it when it renders a long review, whose page fetches this JSON at once
 * (reader-document.ts): the page's first reader then does not wait for a second load of the review.
 */
export function storeOverlayJson(slug: string, version: number, document: TReviewDocument): string {
  const review: OverlayReview = buildOverlayReview(document, publicBaseUrl());
  const json = JSON.stringify(review);
  overlays.set(`${slug}\n${version}`, json);
  return json;
}

function notFound(message: string): Response {
  return Response.json({ error: { code: "NOT_FOUND", message } }, { status: 404, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" } });
}

export async function serveOverlayBySlug(slug: string): Promise<Response> {
  const version = isReaderSlug(slug) ? await getReaderPageVersion(slug) : null;
  if (version === null) return notFound("No published review has this address.");
  return new Response(await overlayJson(slug, version), { headers: OVERLAY_HEADERS });
}

export async function serveOverlayByUrl(rawUrl: string | null): Promise<Response> {
  let url: URL | null = null;
  try {
    url = rawUrl && rawUrl.length <= 2048 ? new URL(rawUrl) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return Response.json(
      { error: { code: "INVALID_INPUT", message: "Give the page's address as ?url=https://… (at most 2,048 characters)." } },
      { status: 400, headers: { "Access-Control-Allow-Origin": "*" } },
    );
  }
  const found = await findPublishedReviewByUrl(url);
  if (!found) return notFound("No published review of this page.");
  return new Response(await overlayJson(found.slug, found.pageVersion), { headers: OVERLAY_HEADERS });
}
