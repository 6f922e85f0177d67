import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from "../export";
import { VERDICTS, VERDICT_LABELS, VERDICT_MEANINGS, type Verdict } from "../ratings/scale";
import { escapeHtml } from "./article-html";
import type { ReaderClaimSummary, ReaderPageModel } from "./reader-model";
import type { CitedSource } from "./sources-cited";
import { VERDICT_ICONS, VERDICT_UNDERLINES, verdictLabel } from "./verdict-cues";

/**
 * The parts of the static reader page (reader-document.ts), as HTML strings with the same
 * classes and roles the React reader used: what a reader sees without JavaScript. The overlay
 * client (overlay-client/reader-page.ts) makes the buttons work.
 */

export function verdictBadgeHtml(verdict: Verdict | null): string {
  const key = verdict ?? "unrated";
  return `<span class="verdict-badge" data-verdict="${key}"><span class="icon" aria-hidden="true">${escapeHtml(VERDICT_ICONS[key])}</span>${escapeHtml(verdictLabel(verdict))}</span>`;
}

export function exportMenuHtml(slug: string): string {
  const items = EXPORT_FORMAT_NAMES.map(
    (format) =>
      `<li><a href="/api/articles/${encodeURIComponent(slug)}/export?format=${format}" download data-format="${format}">${escapeHtml(EXPORT_FORMATS[format].label)}</a></li>`,
  ).join("");
  return `<details class="export-menu"><summary class="button secondary">Export</summary><ul aria-label="Export formats">${items}</ul></details>`;
}

/** The one line a phone shows above the article, then the full scorecard (after the article on phones, reader.css). */
export function scorecardHeadlineHtml(model: ReaderPageModel): string {
  const { scorecard } = model;
  const share =
    scorecard.supportedShare === null
      ? ""
      : ` · <strong>${Math.round(scorecard.supportedShare * 100)}%</strong> of checkable claims supported or mostly supported<span class="hint"> (${scorecard.counts.supported + scorecard.counts.mostly_supported} of ${scorecard.checkableRated})</span>`;
  const bars = barParts(model);
  const total = Math.max(1, scorecard.total);
  const barHtml = bars
    .map(
      (bar) =>
        `<span class="bar-part" data-verdict="${bar.key}" style="flex-grow:${(bar.count / total).toFixed(4)}" title="${escapeHtml(bar.label)}: ${bar.count}"><span class="bar-count">${bar.count}</span></span>`,
    )
    .join("");
  return (
    // Unrated claims are not reviewed yet: never counted as such.
    `<p class="scorecard-headline">${scorecard.total - scorecard.unrated} claims reviewed${scorecard.unrated > 0 ? ` (${scorecard.unrated} not yet rated)` : ""}${share}</p>` +
    `<p class="scorecard-oneline" aria-hidden="true">${scorecard.total} claims${scorecard.supportedShare === null ? "" : ` · ${Math.round(scorecard.supportedShare * 100)}% supported`}</p>` +
    `<div class="stacked-bar" role="img" aria-label="Claims by verdict: ${escapeHtml(bars.map((b) => `${b.label} ${b.count}`).join(", "))}">${barHtml}</div>`
  );
}

function barParts(model: ReaderPageModel): Array<{ key: Verdict | "unrated"; label: string; count: number }> {
  const { scorecard } = model;
  const bars: Array<{ key: Verdict | "unrated"; label: string; count: number }> = VERDICTS.filter((v) => scorecard.counts[v] > 0).map((v) => ({
    key: v,
    label: VERDICT_LABELS[v],
    count: scorecard.counts[v],
  }));
  if (scorecard.unrated > 0) bars.push({ key: "unrated", label: "Not yet rated", count: scorecard.unrated });
  return bars;
}

export function scorecardDetailsHtml(model: ReaderPageModel, summaryHtml: string, weakest: readonly ReaderClaimSummary[]): string {
  const { scorecard } = model;
  const chips = VERDICTS.filter((v) => scorecard.counts[v] > 0)
    .map(
      (verdict) =>
        `<button type="button" class="filter-chip" data-verdict="${verdict}" data-filter="${verdict}" aria-pressed="false"><span class="chip-swatch" aria-hidden="true">${escapeHtml(VERDICT_ICONS[verdict])}</span> ${escapeHtml(VERDICT_LABELS[verdict])} (${scorecard.counts[verdict]})</button>`,
    )
    .join("");
  const summary = summaryHtml ? `<div class="editor-summary"><h3>Editor’s summary</h3>${summaryHtml}</div>` : "";
  const weakestHtml =
    weakest.length === 0
      ? ""
      : `<div class="weakest-claims"><h3>Weakest-supported claims</h3><ol>${weakest
          .map((claim) => `<li><button type="button" class="link-button" data-open-claim="${escapeHtml(claim.id)}">${verdictBadgeHtml(claim.verdict)} <span>${escapeHtml(claim.restatement)}</span></button></li>`)
          .join("")}</ol></div>`;
  // Collapsed on phones (the article starts on the first screen), always shown on wide screens (reader.css).
  return (
    `<details class="scorecard-more"><summary>Filter by verdict, editor’s summary, weakest claims</summary>` +
    `<div class="verdict-filter" role="group" aria-label="Show claims by verdict"><button type="button" class="filter-chip" data-filter="" aria-pressed="true">All (${scorecard.total})</button>${chips}</div>` +
    `<div class="scorecard-columns">${summary}${weakestHtml}</div></details>`
  );
}

export function legendHtml(): string {
  const items = VERDICTS.map(
    (verdict) =>
      `<li><mark class="legend-sample" data-verdict="${verdict}"><span aria-hidden="true">${escapeHtml(VERDICT_ICONS[verdict])}</span> ${escapeHtml(VERDICT_LABELS[verdict])}</mark> <span class="hint">(${escapeHtml(VERDICT_UNDERLINES[verdict])}): ${escapeHtml(VERDICT_MEANINGS[verdict])}</span></li>`,
  ).join("");
  return (
    `<details class="legend card"><summary>How to read the highlights</summary><ul>${items}` +
    `<li><mark class="legend-sample" data-verdict="supported" data-outer-verdict="contradicted">Overlapping claims</mark> <span class="hint">(a coloured line along the top): the text belongs to more than one claim; opening it lets you choose.</span></li></ul>` +
    `<p class="keyboard-hint hint">Keys: <kbd>j</kbd> / <kbd>k</kbd> next and previous claim, <kbd>Enter</kbd> opens it, <kbd>Escape</kbd> closes.</p></details>`
  );
}

export function unlocatedNoticeHtml(claims: readonly ReaderClaimSummary[]): string {
  if (claims.length === 0) return "";
  const heading = `${claims.length === 1 ? "1 claim could not be located" : `${claims.length} claims could not be located`} in the current version of the article`;
  const items = claims
    .map(
      (claim) =>
        `<li data-unlocated-claim-id="${escapeHtml(claim.id)}"><blockquote class="claim-quote">“${escapeHtml(claim.quote)}”</blockquote><button type="button" class="link-button" data-open-claim="${escapeHtml(claim.id)}">${verdictBadgeHtml(claim.verdict)} <span>${escapeHtml(claim.restatement)}</span></button></li>`,
    )
    .join("");
  return `<section class="unlocated-notice card" aria-labelledby="unlocated-heading"><h2 id="unlocated-heading">${escapeHtml(heading)}</h2><p class="hint">The article changed after these claims were reviewed. Their verdicts still stand for the quoted text.</p><ul>${items}</ul></section>`;
}

export function claimListHtml(claims: readonly ReaderClaimSummary[]): string {
  const items = claims
    .map(
      (claim) =>
        `<li data-verdict-item="${claim.verdict ?? "unrated"}"><button type="button" class="claim-list-item" data-list-claim-id="${escapeHtml(claim.id)}">${verdictBadgeHtml(claim.verdict)}<span class="claim-list-text">${escapeHtml(claim.restatement)}</span>${
          claim.section === "comments" ? `<span class="hint"> (reader comment)</span>` : ""
        }${claim.orphaned ? `<span class="hint"> (not located in the current text)</span>` : ""}</button></li>`,
    )
    .join("");
  return `<nav class="claim-list" aria-label="Claims in this article"><h2>Claims (<span data-claim-count>${claims.length}</span>)</h2><ol>${items}</ol></nav>`;
}

/** A long review's claim list before the overlay client fills it (from the claims it fetches): the heading, and what to do without JavaScript. */
export function claimListPlaceholderHtml(slug: string, count: number): string {
  return `<nav class="claim-list" aria-label="Claims in this article" data-claim-list-pending><h2>Claims (<span data-claim-count>${count}</span>)</h2><p class="hint" data-claim-list-note>The list of ${count.toLocaleString("en")} claims comes with the page’s script. Each highlight’s colour and underline show its verdict (see “How to read the highlights”); the full report: <a href="/api/articles/${encodeURIComponent(slug)}/export?format=html" download>report (HTML)</a>.</p><ol></ol></nav>`;
}

/** Above this many works the list would outweigh the article: the reader gets the bibliography as downloads instead. */
const LISTED_SOURCES_LIMIT = 300;

export function sourcesCitedHtml(slug: string, sources: readonly CitedSource[]): string {
  if (sources.length === 0) return "";
  const open = `<section class="sources-cited" aria-labelledby="sources-cited-heading"><h2 id="sources-cited-heading">Sources cited (${sources.length})</h2>`;
  if (sources.length > LISTED_SOURCES_LIMIT) {
    const href = (format: string) => `/api/articles/${encodeURIComponent(slug)}/export?format=${format}`;
    return `${open}<p>Too many to list here: each claim shows its own evidence. The full bibliography: <a href="${href("html")}" download>report (HTML)</a>, <a href="${href("bibtex")}" download>BibTeX</a>, <a href="${href("ris")}" download>RIS</a>, <a href="${href("csl-json")}" download>CSL-JSON</a>.</p></section>`;
  }
  const items = sources
    .map((source) => {
      const links = source.links
        .map((link) => {
          const label = link.kind === "doi" ? link.label.replace(/^doi:/, "DOI: ") : link.kind === "pubmed" ? link.label.replace(/^PMID /, "PMID: ") : "Source link";
          return `<a href="${escapeHtml(link.href)}" rel="${link.kind === "url" ? "noopener noreferrer nofollow" : "noopener noreferrer"}">${escapeHtml(label)}</a>`;
        })
        .join("");
      return `<li>${source.authors ? `${escapeHtml(source.authors)} ` : ""}${source.year !== null ? `(${source.year}). ` : ""}<cite>${escapeHtml(source.title)}</cite>${
        source.container ? `. ${escapeHtml(source.container)}` : ""
      }. ${links}<span class="hint"> · cited for ${source.claimCount} claim${source.claimCount === 1 ? "" : "s"}</span></li>`;
    })
    .join("");
  return `${open}<ol>${items}</ol></section>`;
}

/**
 * Share: the review's address, and the overlay as a bookmarklet to copy into a new bookmark
 * (on the original article, or any copy of it, it highlights this review's claims there). It is
 * offered as text, not as a javascript: link: the page itself holds no script-capable URL.
 */
export function shareMenuHtml(baseUrl: string, slug: string): string {
  const origin = baseUrl.replace(/\/+$/, "");
  const reviewUrl = `${origin}/articles/${encodeURIComponent(slug)}`;
  const loader = `(function(){var s=document.createElement("script");s.src=${JSON.stringify(`${origin}/embed.js`)};s.async=true;s.setAttribute("data-review",${JSON.stringify(slug)});document.body.appendChild(s)})()`;
  return `<details class="export-menu share-menu"><summary class="button secondary">Share</summary><ul aria-label="Share this review"><li><a href="${escapeHtml(reviewUrl)}">Link to this review</a></li><li class="bookmarklet-item"><label>Claimcheck overlay bookmarklet <input class="bookmarklet" readonly value="${escapeHtml(`javascript:${encodeURIComponent(loader)}`)}"></label><span class="hint">Make a bookmark with this address; open it on the original article to see these verdicts there.</span></li></ul></details>`;
}
