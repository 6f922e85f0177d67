import { claimReviewScriptContent } from "../export/to-claimreview";
import { safeHttpUrl } from "../export/links";
import type { TReviewDocument } from "../schemas/review";
import { escapeHtml } from "./article-html";
import { markdownToRichNodes } from "./markdown-to-rich";
import { buildOverlayReview, jsonForScriptBlock } from "./overlay-review";
import { buildReaderPageModel } from "./reader-model";
import { richNodesToHtml } from "./rich-html";
import {
  claimListHtml,
  claimListPlaceholderHtml,
  exportMenuHtml,
  shareMenuHtml,
  legendHtml,
  scorecardDetailsHtml,
  scorecardHeadlineHtml,
  sourcesCitedHtml,
  unlocatedNoticeHtml,
} from "./reader-sections";
import { sourcesCited } from "./sources-cited";

export interface ReaderDocumentOptions {
  /** The public origin (ClaimReview URLs, the overlay's API addresses). */
  baseUrl: string;
  /** Appended to the stylesheet and script addresses so a new build is fetched, not a cached old one. */
  assetVersion: string;
  /** The review's page version: the address of the claims the client fetches for a long review. */
  pageVersion: number;
}

/**
 * Up to this many claims the page carries the claim list and the overlay's claim data itself
 * (readable and complete without JavaScript, nothing to fetch). Above it (a 2,000-claim review)
 * they would outweigh the article: the client fetches the claims from the embed's endpoint
 * (GET /api/reviews/<slug>/overlay, preloaded from the page's head) and builds the list, the
 * same markup (overlay-client/claim-list.ts), while the highlights are already painted.
 */
export const INLINE_CLAIMS_LIMIT = 300;

/** Where a long review's page gets its claims: versioned, so a browser never pairs a page with another version's cached claims. */
export function overlayDataPath(slug: string, pageVersion: number): string {
  return `/api/reviews/${encodeURIComponent(slug)}/overlay?v=${pageVersion}`;
}

/** The reader page's stylesheet and script: static files from public/, built by overlay-client/build.ts. */
export const READER_STYLESHEET = "/reader.css";
export const OVERLAY_SCRIPT = "/embed.js";

/**
 * A published review as one complete HTML document, the same for every reader: the article
 * with its highlights, the scorecard, the claim list and the sources, readable without
 * JavaScript. Its only scripts are the external overlay bundle and data blocks the browser
 * never runs (the ClaimReview JSON-LD, once, and the overlay's JSON up to INLINE_CLAIMS_LIMIT
 * claims), so the page is served with `script-src 'self'` and no per-request work.
 */
export function renderReaderDocument(review: TReviewDocument, options: ReaderDocumentOptions): string {
  const { model, articleHtml } = buildReaderPageModel(review, { published: true });
  const inline = model.claims.length <= INLINE_CLAIMS_LIMIT;
  const claimsById = new Map(model.claims.map((claim) => [claim.id, claim]));
  const weakest = model.scorecard.weakestFirst
    .map((id) => claimsById.get(id))
    .filter((claim) => claim !== undefined)
    .filter((claim) => claim.verdict === "contradicted" || claim.verdict === "unsupported" || claim.verdict === "mixed")
    .slice(0, 3);
  const unlocated = model.unlocatedIds.map((id) => claimsById.get(id)).filter((claim) => claim !== undefined);
  const summaryHtml = model.summary.trim() ? richNodesToHtml(markdownToRichNodes(model.summary)) : "";
  const asset = (path: string) => `${path}?v=${encodeURIComponent(options.assetVersion)}`;
  const title = `Review: ${model.title} · Claimcheck`;

  return [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title><meta name="description" content="${escapeHtml(`Claim-by-claim review of “${model.title}” against the evidence.`)}">`,
    `<link rel="icon" href="/favicon.ico" sizes="any"><link rel="stylesheet" href="${asset(READER_STYLESHEET)}">`,
    `<script src="${asset(OVERLAY_SCRIPT)}" defer></script>`,
    inline ? "" : `<link rel="preload" id="claimcheck-review-data" href="${escapeHtml(overlayDataPath(model.slug, options.pageVersion))}" as="fetch" crossorigin="anonymous">`,
    `<script type="application/ld+json" id="claim-review-jsonld">${claimReviewScriptContent(review, { baseUrl: options.baseUrl })}</script>`,
    `</head><body>`,
    `<a class="skip-link" href="#main">Skip to content</a>`,
    `<header class="site-header"><a class="brand" href="/">Claim<span>check</span></a><nav aria-label="Main"><a href="/">Reviews</a><a href="/signin" data-account-link>Sign in</a></nav></header>`,
    `<main id="main"><div class="reader" data-claimcheck-reader>`,
    `<header class="reader-header"><p class="eyebrow">Claim review</p><h1>${escapeHtml(model.title)}</h1>${bylineHtml(review)}<p class="hint reader-actions">${shareMenuHtml(options.baseUrl, model.slug)} ${exportMenuHtml(model.slug)}</p></header>`,
    `<section class="scorecard card" aria-labelledby="scorecard-heading"><h2 id="scorecard-heading">Scorecard</h2>${scorecardHeadlineHtml(model)}${scorecardDetailsHtml(model, summaryHtml, weakest)}</section>`,
    legendHtml(),
    unlocatedNoticeHtml(unlocated),
    `<p class="visually-hidden" role="status" aria-live="polite" data-announcer></p>`,
    `<div class="reader-columns"><div class="article-column"><article class="article-text" aria-label="The article, with its reviewed claims highlighted">${articleHtml}</article></div>`,
    `<aside class="rail">${inline ? claimListHtml(model.claims) : claimListPlaceholderHtml(model.slug, model.claims.length)}</aside></div>`,
    sourcesCitedHtml(model.slug, sourcesCited(review)),
    `</div></main>`,
    inline ? `<script type="application/json" id="claimcheck-review">${jsonForScriptBlock(buildOverlayReview(review, options.baseUrl))}</script>` : "",
    `</body></html>`,
  ].join("");
}

/** Who wrote the original, where and when: the first thing a reader checks. */
function bylineHtml(review: TReviewDocument): string {
  const { author, sourceUrl, publishedAt } = review.article;
  const parts: string[] = [];
  if (author) parts.push(`By ${escapeHtml(author)}`);
  const source = safeHttpUrl(sourceUrl);
  if (source) {
    const host = new URL(source).hostname.replace(/^www\./, "");
    parts.push(`<a href="${escapeHtml(source)}" rel="noopener noreferrer nofollow">Original article<span class="hint"> (${escapeHtml(host)})</span></a>`);
  }
  if (publishedAt) {
    const date = new Date(publishedAt);
    if (!Number.isNaN(date.getTime())) {
      const shown = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
      parts.push(`Published <time datetime="${escapeHtml(date.toISOString().slice(0, 10))}">${shown}</time>`);
    }
  }
  return parts.length ? `<p class="byline">${parts.join(" · ")}</p>` : "";
}

/** The 404 page for an unknown or unpublished review: small, the same for every slug, never cached. */
export function renderReaderNotFound(assetVersion: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Review not found · Claimcheck</title><link rel="icon" href="/favicon.ico" sizes="any"><link rel="stylesheet" href="${READER_STYLESHEET}?v=${encodeURIComponent(assetVersion)}"></head><body><header class="site-header"><a class="brand" href="/">Claim<span>check</span></a><nav aria-label="Main"><a href="/">Reviews</a></nav></header><main id="main"><h1>Review not found</h1><p>There is no published review at this address. <a href="/">See all reviews</a>.</p></main></body></html>`;
}
