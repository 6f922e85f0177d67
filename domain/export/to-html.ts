import type { TClaimRecord, TEvidenceRecord, TReviewDocument, TSourceRecord } from "../schemas/review";
import { STANCE_LABELS, STUDY_DESIGN_LABELS, VERDICT_MEANINGS } from "../ratings/scale";
import { organizationOf, type TExportOptions } from "./export-options";
import { escapeHtml, htmlLink } from "./html-text";
import { htmlReportStyles } from "./html-report-styles";
import { articleUrl, claimUrl, safeHttpUrl, sourceLinks } from "./links";
import {
  ARTICLE_STATUS_LABELS,
  REPORT_VERDICTS,
  claimHasRestatement,
  claimHeadline,
  claimReportVerdict,
  claimReviewers,
  claimsInReadingOrder,
  computeScorecard,
  moreWeakestLine,
  formatShare,
  isoDate,
  reportVerdictLabel,
  type ReportVerdict,
} from "./review-report";
import { markdownToReportHtml } from "./report-markdown";
import { citationsBySourceId, referenceBesideLinks, sourcesInBibliographyOrder } from "./source-citation";
import { verdictIconSvg } from "./verdict-style";

/**
 * The standalone, printable report: one HTML file with inline CSS and inline SVG icons, no
 * script and no external resource; the only URLs are http(s) links to evidence and the review.
 */
export function toHtml(review: TReviewDocument, options: TExportOptions): string {
  const { article } = review;
  const title = `Claim review: ${article.title}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${htmlReportStyles()}</style>
</head>
<body>
${headerHtml(review, options)}
<main>
${scorecardHtml(review)}
${summaryHtml(review)}
${claimsHtml(review, options)}
${bibliographyHtml(review)}
</main>
<footer>${escapeHtml(organizationOf(options).name)} · exported ${escapeHtml(isoDate(review.exportedAt) ?? "")} · revision ${review.revision.number} · ${htmlLink(articleUrl(options.baseUrl, article.slug), articleUrl(options.baseUrl, article.slug))}</footer>
</body>
</html>
`;
}

function headerHtml(review: TReviewDocument, options: TExportOptions): string {
  const { article } = review;
  const source = safeHttpUrl(article.sourceUrl);
  const meta: Array<[string, string]> = [];
  if (article.author) meta.push(["Author", escapeHtml(article.author)]);
  if (article.publishedAt) meta.push(["Published", escapeHtml(isoDate(article.publishedAt) ?? "")]);
  meta.push(["Review status", ARTICLE_STATUS_LABELS[article.status]]);
  if (source) meta.push(["Original", htmlLink(source, source)]);
  else if (article.sourceUrl) meta.push(["Original", escapeHtml(article.sourceUrl)]);
  return `<header class="report-header">
<p class="kicker">${escapeHtml(organizationOf(options).name)} · Claim review</p>
<h1>${escapeHtml(article.title)}</h1>
<dl class="meta">${meta.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>
</header>`;
}

function badgeHtml(verdict: ReportVerdict): string {
  return `<span class="badge badge--${verdict}">${verdictIconSvg(verdict, 16)}${escapeHtml(reportVerdictLabel(verdict))}</span>`;
}

function scorecardHtml(review: TReviewDocument): string {
  const scorecard = computeScorecard(review);
  const present = REPORT_VERDICTS.filter((verdict) => scorecard.counts[verdict] > 0);
  const segments = present
    .map((verdict) => {
      const width = ((scorecard.counts[verdict] / Math.max(scorecard.total, 1)) * 100).toFixed(2);
      const label = `${reportVerdictLabel(verdict)}: ${scorecard.counts[verdict]}`;
      return `<div class="bar__segment bar__segment--${verdict}" style="width:${width}%" title="${escapeHtml(label)}"></div>`;
    })
    .join("");
  const legend = REPORT_VERDICTS.filter((verdict) => verdict !== "unrated" || scorecard.counts.unrated > 0)
    .map((verdict) => `<li>${verdictIconSvg(verdict, 14)}<span>${escapeHtml(reportVerdictLabel(verdict))}</span><span class="count">${scorecard.counts[verdict]}</span></li>`)
    .join("");
  const weakest =
    scorecard.weakest.length > 0
      ? `<p class="label">Weakest-supported claims</p><ol class="weakest">${scorecard.weakest
          .map((claim) => `<li><a href="#claim-${escapeHtml(claim.id)}">${escapeHtml(claimHeadline(claim))}</a> (${escapeHtml(reportVerdictLabel(claimReportVerdict(claim)))})</li>`)
          .join("")}</ol>${moreWeakestLine(scorecard) ? `<p class="more-weakest">${escapeHtml(moreWeakestLine(scorecard)!)}</p>` : ""}`
      : "";
  return `<section aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">Scorecard</h2>
<div class="scorecard">
<div>
<div class="bar" role="img" aria-label="${escapeHtml(present.map((verdict) => `${reportVerdictLabel(verdict)} ${scorecard.counts[verdict]}`).join(", ") || "No claims")}">${segments}</div>
<ul class="legend">${legend}</ul>
${weakest}
</div>
<div class="share"><strong>${formatShare(scorecard.supportedShare)}</strong><span>of checkable claims supported<br>(${scorecard.supported} of ${scorecard.rated} rated; ${scorecard.total} claims in all)</span></div>
</div>
</section>`;
}

function summaryHtml(review: TReviewDocument): string {
  const summary = review.article.summary.trim();
  if (summary.length === 0) return "";
  return `<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Editor's summary</h2>
<div class="summary">${markdownToReportHtml(summary)}</div>
</section>`;
}

function claimsHtml(review: TReviewDocument, options: TExportOptions): string {
  const lookup: SourceLookup = { sources: new Map(review.sources.map((source) => [source.id, source])), citations: citationsBySourceId(review.sources) };
  const claims = claimsInReadingOrder(review);
  const items = claims.map((claim, index) => claimHtml(review, claim, index + 1, lookup, options)).join("\n");
  return `<section class="claims-section" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims (${claims.length})</h2>
${claims.length > 0 ? `<ol class="claims">\n${items}\n</ol>` : "<p>No claims have been identified in this article yet.</p>"}
</section>`;
}

function claimHtml(
  review: TReviewDocument,
  claim: TClaimRecord,
  number: number,
  lookup: SourceLookup,
  options: TExportOptions,
): string {
  const verdict = claimReportVerdict(claim);
  const reviewers = claimReviewers(claim);
  const meaning = verdict === "unrated" ? "No verdict yet." : VERDICT_MEANINGS[verdict];
  const evidence =
    claim.evidence.length > 0
      ? `<p class="label">Evidence</p><ul class="evidence">${claim.evidence.map((item) => evidenceHtml(item, lookup)).join("")}</ul>`
      : verdict === "not_checkable"
        ? ""
        : `<p class="meta">No evidence attached.</p>`;
  return `<li class="claim claim--${verdict}" id="claim-${escapeHtml(claim.id)}">
<div class="claim__number">Claim ${number} · ${htmlLink("open in Claimcheck", claimUrl(options.baseUrl, review.article.slug, claim.id))}</div>
<h3>${escapeHtml(claimHeadline(claim))}</h3>
<div>${badgeHtml(verdict)}<span class="tags">${escapeHtml(meaning)}${claim.tags.length > 0 ? ` · ${claim.tags.map(escapeHtml).join(", ")}` : ""}</span></div>
${claimHasRestatement(claim) ? `<blockquote>${escapeHtml(claim.quote.exact)}</blockquote>` : ""}
${claim.rationale.trim().length > 0 ? `<p class="label">Rationale</p><div class="rationale">${markdownToReportHtml(claim.rationale)}</div>` : ""}
${evidence}
${reviewers.length > 0 ? `<p class="meta">Reviewed by ${reviewers.map(escapeHtml).join(", ")}</p>` : ""}
</li>`;
}

interface SourceLookup {
  sources: Map<string, TSourceRecord>;
  citations: Map<string, string>;
}

function evidenceHtml(item: TEvidenceRecord, { sources, citations }: SourceLookup): string {
  const source = sources.get(item.sourceId);
  const sourceLinkList = source ? sourceLinks(source) : [];
  const reference = source ? referenceBesideLinks(citations.get(source.id) ?? source.title, sourceLinkList.map((link) => link.href)) : "";
  const citation = source ? escapeHtml(reference) : `Missing source ${escapeHtml(item.sourceId)}`;
  const links = sourceLinkList.map((link) => htmlLink(link.label, link.href));
  const finding =
    item.finding.trim().length > 0
      ? `<p class="finding">“${escapeHtml(item.finding)}”${item.locator ? ` <span class="meta">(${escapeHtml(item.locator)})</span>` : ""}</p>`
      : "";
  return `<li>
<div class="chips"><span class="chip chip--${item.stance}">${STANCE_LABELS[item.stance]}</span><span class="chip">${STUDY_DESIGN_LABELS[item.studyDesign]}</span></div>
<p class="citation">${citation}</p>
${finding}
${item.note ? `<p class="meta">Note: ${escapeHtml(item.note)}</p>` : ""}
${links.length > 0 ? `<p class="links">${links.join("")}</p>` : ""}
</li>`;
}

function bibliographyHtml(review: TReviewDocument): string {
  if (review.sources.length === 0) return "";
  const entries = sourcesInBibliographyOrder(review.sources)
    .map(({ source, citation }) => {
      const sourceLinkList = sourceLinks(source);
      const links = sourceLinkList.map((link) => htmlLink(link.label, link.href));
      return `<li>${escapeHtml(referenceBesideLinks(citation, sourceLinkList.map((link) => link.href)))}${links.length > 0 ? ` <span class="links">${links.join(" ")}</span>` : ""}</li>`;
    })
    .join("\n");
  return `<section class="bibliography-section" aria-labelledby="bibliography-heading">
<h2 id="bibliography-heading">Bibliography</h2>
<ol class="bibliography">
${entries}
</ol>
</section>`;
}
