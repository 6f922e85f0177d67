import type { ReaderClaimDetails, ReaderEvidence } from "../domain/overlay/reader-model";
import type { OverlayClaim } from "../domain/overlay/overlay-review";
import type { RichNode } from "../domain/overlay/rich-text";
import { safeMarkdownUrl } from "../domain/overlay/rich-text";
import { doiUrl, pubmedUrl } from "../domain/export/links";
import { STANCES, STANCE_LABELS, STUDY_DESIGN_LABELS } from "../domain/ratings/scale";
import { VERDICT_ICONS, verdictLabel } from "../domain/overlay/verdict-cues";

/** DOM builders for the panel: text always through textContent, links only http(s). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

export function verdictBadge(verdict: OverlayClaim["verdict"]): HTMLElement {
  const key = verdict ?? "unrated";
  return el("span", { class: "verdict-badge", "data-verdict": key }, el("span", { class: "icon", "aria-hidden": "true" }, VERDICT_ICONS[key]), verdictLabel(verdict));
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function richNodes(nodes: readonly RichNode[]): Node[] {
  return nodes.map((node): Node => {
    if (typeof node === "string") return document.createTextNode(node);
    const [tag, attributes, ...children] = node;
    if (tag === "a") {
      const href = safeMarkdownUrl(attributes?.href ?? "");
      const content = richNodes(children);
      if (!href) return el("span", {}, ...content);
      return el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, ...content);
    }
    return el(tag, {}, ...richNodes(children));
  });
}

const STANCE_ICONS: Record<ReaderEvidence["stance"], string> = { supports: "▲", partially_supports: "△", contradicts: "▼", inconclusive: "◇", background: "•" };

function evidenceCard(evidence: ReaderEvidence): HTMLElement {
  const doi = doiUrl(evidence.doi);
  const pubmed = pubmedUrl(evidence.pmid);
  const url = httpUrl(evidence.url);
  const links = el("p", { class: "evidence-links" });
  if (evidence.doi) links.append(doi ? el("a", { href: doi, rel: "noopener noreferrer", target: "_blank" }, `DOI: ${evidence.doi}`) : el("span", {}, `DOI: ${evidence.doi}`));
  if (evidence.pmid) links.append(pubmed ? el("a", { href: pubmed, rel: "noopener noreferrer", target: "_blank" }, `PMID: ${evidence.pmid}`) : el("span", {}, `PMID: ${evidence.pmid}`));
  if (url && !doi && !pubmed) links.append(el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "Source link"));
  return el(
    "li",
    { class: "evidence-card", "data-stance": evidence.stance },
    el(
      "div",
      { class: "evidence-badges" },
      el("span", { class: "badge stance", "data-stance": evidence.stance }, el("span", { "aria-hidden": "true" }, STANCE_ICONS[evidence.stance]), ` ${STANCE_LABELS[evidence.stance]}`),
      el("span", { class: "badge design" }, STUDY_DESIGN_LABELS[evidence.studyDesign]),
    ),
    el("p", { class: "finding" }, evidence.finding),
    evidence.note ? el("p", { class: "hint" }, `Note: ${evidence.note}`) : null,
    el("p", { class: "citation" }, evidence.citation, evidence.locator ? el("span", {}, ` (${evidence.locator})`) : null),
    links,
  );
}

/** "Also checked in": published reviews' claims linked to this one, each with its verdict and a link to it. */
function alsoCheckedIn(claims: NonNullable<ReaderClaimDetails["alsoCheckedIn"]>): HTMLElement {
  const item = (claim: (typeof claims)[number]) => {
    const url = httpUrl(claim.url);
    const title = url ? el("a", { href: url, target: "_top" }, claim.articleTitle) : el("span", {}, claim.articleTitle);
    return el("li", { "data-claim-id": claim.claimId }, verdictBadge(claim.verdict), " ", title, el("p", { class: "hint" }, claim.restatement));
  };
  return el("section", { class: "also-checked-in" }, el("h3", {}, "Also checked in"), el("ul", {}, ...claims.map(item)));
}

export type DetailsState = { status: "loaded"; details: ReaderClaimDetails } | { status: "failed"; message: string } | undefined;

/** One claim: restatement as heading, verdict, quote, rationale and evidence (once fetched). */
export function claimDetail(claim: OverlayClaim, headingId: string, details: DetailsState): HTMLElement {
  const loaded = details?.status === "loaded" ? details.details : null;
  const loading = () => el("p", { class: "hint" }, "Loading…");
  const stanceSummary = loaded
    ? STANCES.map((stance) => ({ stance, count: loaded.evidence.filter((e) => e.stance === stance).length }))
        .filter(({ count }) => count > 0)
        .map(({ stance, count }) => `${count} ${STANCE_LABELS[stance].toLowerCase()}`)
        .join(", ")
    : "";
  return el(
    "article",
    { class: "claim-detail", "data-claim-id": claim.id, "aria-busy": details ? "false" : "true" },
    el("h2", { id: headingId }, claim.restatement),
    el("p", { class: "claim-verdict" }, verdictBadge(claim.verdict), claim.orphaned ? el("span", { class: "hint" }, " Not located in the current version of the article.") : null),
    el("blockquote", { class: "claim-quote" }, `“${claim.exact}”`),
    details?.status === "failed" ? el("p", { class: "hint", role: "alert" }, details.message) : null,
    el("h3", {}, "Why this verdict"),
    !claim.hasRationale ? el("p", { class: "hint" }, "No rationale written yet.") : loaded ? el("div", { class: "rationale" }, ...richNodes(loaded.rationale)) : details ? null : loading(),
    el("h3", {}, `Evidence (${claim.evidenceCount})`),
    claim.evidenceCount === 0
      ? el("p", { class: "hint" }, "No evidence attached.")
      : loaded
        ? el("div", {}, el("p", { class: "hint" }, stanceSummary), el("ul", { class: "evidence-list" }, ...loaded.evidence.map(evidenceCard)))
        : details
          ? null
          : loading(),
    loaded?.alsoCheckedIn?.length ? alsoCheckedIn(loaded.alsoCheckedIn) : null,
  );
}
