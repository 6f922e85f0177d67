import type { OverlayClaim, OverlayReview } from "../domain/overlay/overlay-review";
import { overlayPieceLabel } from "../domain/overlay/article-html";
import type { Verdict } from "../domain/ratings/scale";
import { readConfig, type OverlayConfig } from "./config";
import { styleHighlight } from "./highlight-style";
import { OverlayPanel } from "./panel";
import { fillClaimList } from "./claim-list";
import { placeClaims } from "./place-claims";
import { completeHighlights } from "./reader-highlights";
import { showAccount, startReaderPage } from "./reader-page";

/**
 * The Claimcheck overlay (public/embed.js). On our reader page it makes the server-rendered
 * highlights work; on any other page (a publisher's article, or any page through the
 * bookmarklet) it loads the published review named by `data-review` or matching the page's
 * canonical URL, finds each claim in the page's text, highlights it, and lists the claims
 * it could not find. Its only global is `window.Claimcheck`.
 */
interface ClaimcheckApi {
  version: 1;
  /** The last review shown and where each claim was placed; for tests and publishers' scripts. */
  state: { review: OverlayReview | null; placed: string[]; notFound: string[]; error: string | null; anchorMs: number | null };
  /** Finds the claims again (after the host changed its DOM); done automatically on mutations. */
  reanchor: () => void;
}

declare global {
  interface Window {
    Claimcheck?: ClaimcheckApi;
  }
}

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function start() {
  if (window.Claimcheck) return; // loaded twice (a bookmarklet on a page that already has it)
  const api: ClaimcheckApi = { version: 1, state: { review: null, placed: [], notFound: [], error: null, anchorMs: null }, reanchor: () => undefined };
  window.Claimcheck = api;
  const reader = document.querySelector<HTMLElement>("[data-claimcheck-reader]");
  if (reader) {
    startOwnPage(reader, api);
    return;
  }
  const origin = new URL(script?.src ?? location.href).origin;
  const config = readConfig(script);
  loadReview(origin, config)
    .then((review) => {
      if (!review) return;
      api.state.review = review;
      const embed = startEmbed(review, config, api);
      api.reanchor = embed;
    })
    .catch((error: unknown) => {
      api.state.error = error instanceof Error ? error.message : String(error);
    });
}

/**
 * Our reader page: its claims are in the page (a data block) or, for a long review, at the
 * address its head preloads (reader-document.ts); then the highlights become controls, a long
 * review's claim list is built, and the page's keys and panel start.
 */
function startOwnPage(reader: HTMLElement, api: ClaimcheckApi): void {
  const begin = (review: OverlayReview) => {
    performance.mark("claimcheck:reader-claims"); // the claims are here (inline, or fetched for a long review)
    api.state.review = review;
    const article = reader.querySelector<HTMLElement>(".article-text");
    if (article) completeHighlights(article, new Map(review.claims.map((claim) => [claim.id, claim])));
    fillClaimList(reader, review.claims);
    startReaderPage(reader, review);
    showAccount(reader, review.slug);
  };
  const fail = (error: unknown) => {
    api.state.error = error instanceof Error ? error.message : String(error);
  };
  const inline = document.getElementById("claimcheck-review");
  if (inline?.textContent) {
    begin(JSON.parse(inline.textContent) as OverlayReview);
    return;
  }
  const preloaded = document.getElementById("claimcheck-review-data");
  if (!(preloaded instanceof HTMLLinkElement)) return;
  // The same request as the <link rel="preload" as="fetch" crossorigin="anonymous">, so the browser reuses its answer.
  fetch(preloaded.href, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`Claimcheck: the review's claims could not be loaded (${response.status})`);
      return response.json() as Promise<OverlayReview>;
    })
    .then(begin)
    .catch(fail);
}

async function loadReview(origin: string, config: OverlayConfig): Promise<OverlayReview | null> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const address = config.review
    ? `${origin}/api/reviews/${encodeURIComponent(config.review)}/overlay`
    : `${origin}/api/reviews/by-url?url=${encodeURIComponent(canonical || location.href.split("#")[0]!)}`;
  const response = await fetch(address, { credentials: "omit", headers: { Accept: "application/json" } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Claimcheck: the review could not be loaded (${response.status})`);
  return (await response.json()) as OverlayReview;
}

/** Highlights the review in this page; returns the function that re-anchors after DOM changes. */
function startEmbed(review: OverlayReview, config: OverlayConfig, api: ClaimcheckApi): () => void {
  const claims = new Map(review.claims.map((claim) => [claim.id, claim]));
  let order: string[] = [];
  let firstPieces = new Map<string, HTMLElement>();
  const panel = new OverlayPanel({
    review,
    readingOrder: () => order,
    position: config.panelPosition,
    launcher: true,
    triggerFor: (id) => firstPieces.get(id) ?? null,
    onShow: (id) => firstPieces.get(id)?.scrollIntoView({ block: "center" }),
    onClose: () => undefined,
  });
  const isOurs = (element: Element) => element === panel.host || element.hasAttribute("data-claimcheck-ui");
  const root = () => document.querySelector(config.root) ?? document.body;

  const unwrap = () => {
    for (const mark of document.querySelectorAll<HTMLElement>("mark[data-claimcheck-claim]")) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  };
  const decorate = (mark: HTMLElement, ids: string[], isFirstPiece: boolean, pieceText: string) => {
    const claim = claims.get(ids[0]!)!;
    const verdict: Verdict | "unrated" = claim.verdict ?? "unrated";
    mark.setAttribute("data-claimcheck-claim", claim.id);
    mark.setAttribute("data-claim-ids", ids.join(" "));
    mark.setAttribute("data-verdict", verdict);
    styleHighlight(mark, verdict, config.highlights, config.colourScheme);
    if (isFirstPiece) {
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      const labels = new Map(ids.map((id) => [id, { verdict: claims.get(id)?.verdict ?? null, label: claims.get(id)?.restatement ?? "" }]));
      mark.setAttribute("aria-label", overlayPieceLabel(ids, labels, pieceText));
    }
  };
  const anchor = () => {
    const started = performance.now();
    observer.disconnect();
    unwrap();
    const placed = placeClaims(root(), review.claims, decorate, isOurs);
    firstPieces = new Map([...placed.highlights].map(([id, marks]) => [id, marks[0]!]));
    order = review.claims.filter((claim) => firstPieces.has(claim.id)).map((claim) => claim.id);
    panel.setNotFound(placed.notFound, order.length);
    api.state.placed = order;
    api.state.notFound = placed.notFound.map((claim: OverlayClaim) => claim.id);
    api.state.anchorMs = performance.now() - started;
    document.documentElement.setAttribute("data-claimcheck-ready", String(order.length));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  const activate = (mark: HTMLElement) => {
    const head = firstPieces.get(mark.dataset.claimcheckClaim ?? "") ?? mark;
    panel.open((mark.dataset.claimIds ?? "").split(" "), head);
  };
  document.addEventListener("click", (event) => {
    const mark = (event.target as Element | null)?.closest?.<HTMLElement>("mark[data-claimcheck-claim]");
    if (!mark) return;
    event.preventDefault(); // a highlight inside a host link opens the claim, not the link
    activate(mark);
  });
  document.addEventListener("keydown", (event) => {
    const mark = (event.target as Element | null)?.closest?.<HTMLElement>("mark[data-claimcheck-claim]");
    if (!mark || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    activate(mark);
  });
  // Single-page apps: the article may arrive or change after load; re-anchor once it settles.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every((record) => isInsideOurs(record.target))) return;
    clearTimeout(timer);
    timer = setTimeout(anchor, config.mutationDelayMs);
  });
  const isInsideOurs = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    return !!element && (!!element.closest("[data-claimcheck-ui]") || element === panel.host);
  };
  anchor();
  return anchor;
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
