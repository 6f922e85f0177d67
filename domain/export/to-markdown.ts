import type { TClaimRecord, TEvidenceRecord, TReviewDocument, TSourceRecord } from "../schemas/review";
import { STANCE_LABELS, STUDY_DESIGN_LABELS } from "../ratings/scale";
import type { TExportOptions } from "./export-options";
import { articleUrl, claimUrl, safeHttpUrl, sourceLinks } from "./links";
import { escapeMarkdownInline, markdownLink, markdownQuote } from "./markdown-text";
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
  sourcesById,
} from "./review-report";
import { markdownForReport } from "./report-markdown";
import { citationsBySourceId, referenceBesideLinks, sourcesInBibliographyOrder } from "./source-citation";

/** The full review report as Markdown; every user-written string is escaped. */
export function toMarkdown(review: TReviewDocument, options: TExportOptions): string {
  const sections = [
    titleSection(review, options),
    scorecardSection(review),
    summarySection(review),
    claimsSection(review, options),
    bibliographySection(review),
  ];
  return `${sections.filter((section) => section.length > 0).join("\n\n")}\n`;
}

function titleSection(review: TReviewDocument, options: TExportOptions): string {
  const { article } = review;
  const byline = [
    article.author ? `by ${escapeMarkdownInline(article.author)}` : null,
    article.publishedAt ? `published ${isoDate(article.publishedAt)}` : null,
  ].filter(Boolean);
  const source = safeHttpUrl(article.sourceUrl);
  const lines = [
    `# Claim review: ${escapeMarkdownInline(article.title)}`,
    "",
    `*${ARTICLE_STATUS_LABELS[article.status]} review, revision ${review.revision.number}, exported ${isoDate(review.exportedAt)}.*`,
    "",
    `- **Article:** ${escapeMarkdownInline(article.title)}${byline.length > 0 ? `, ${byline.join(", ")}` : ""}`,
  ];
  if (source) lines.push(`- **Original:** ${markdownLink(source, source)}`);
  else if (article.sourceUrl) lines.push(`- **Original:** ${escapeMarkdownInline(article.sourceUrl)} (not a web link)`);
  lines.push(`- **Review online:** ${markdownLink(articleUrl(options.baseUrl, article.slug), articleUrl(options.baseUrl, article.slug))}`);
  return lines.join("\n");
}

function scorecardSection(review: TReviewDocument): string {
  const scorecard = computeScorecard(review);
  const rows = REPORT_VERDICTS.filter((verdict) => verdict !== "unrated" || scorecard.counts.unrated > 0).map(
    (verdict) => `| ${reportVerdictLabel(verdict)} | ${scorecard.counts[verdict]} |`,
  );
  const lines = [
    "## Scorecard",
    "",
    "| Verdict | Claims |",
    "| --- | ---: |",
    ...rows,
    `| **All claims** | **${scorecard.total}** |`,
    "",
    `**Checkable claims supported:** ${formatShare(scorecard.supportedShare)} (${scorecard.supported} of ${scorecard.rated} rated claims are supported or mostly supported).`,
  ];
  if (scorecard.weakest.length > 0) {
    lines.push("", "**Weakest-supported claims:**", "");
    scorecard.weakest.forEach((claim, index) => {
      lines.push(`${index + 1}. ${reportVerdictLabel(claimReportVerdict(claim))}: ${escapeMarkdownInline(claimHeadline(claim))}`);
    });
    const more = moreWeakestLine(scorecard);
    if (more) lines.push("", escapeMarkdownInline(more));
  }
  return lines.join("\n");
}

function summarySection(review: TReviewDocument): string {
  const summary = review.article.summary.trim();
  return summary.length > 0 ? `## Editor's summary\n\n${markdownForReport(summary)}` : "";
}

function claimsSection(review: TReviewDocument, options: TExportOptions): string {
  const sources = sourcesById(review);
  const citations = citationsBySourceId(review.sources);
  const claims = claimsInReadingOrder(review);
  if (claims.length === 0) return "## Claims\n\nNo claims have been identified in this article yet.";
  return ["## Claims", ...claims.map((claim, index) => claimSection(review, claim, index + 1, { sources, citations }, options))].join("\n\n");
}

function claimSection(
  review: TReviewDocument,
  claim: TClaimRecord,
  number: number,
  lookup: SourceLookup,
  options: TExportOptions,
): string {
  const verdict = claimReportVerdict(claim);
  const details = [`**Verdict: ${reportVerdictLabel(verdict)}**`];
  if (claim.tags.length > 0) details.push(`Tags: ${claim.tags.map(escapeMarkdownInline).join(", ")}`);
  const reviewers = claimReviewers(claim);
  if (reviewers.length > 0) details.push(`Reviewed by ${reviewers.map(escapeMarkdownInline).join(", ")}`);
  details.push(markdownLink("Open in Claimcheck", claimUrl(options.baseUrl, review.article.slug, claim.id)));
  const parts = [`### ${number}. ${escapeMarkdownInline(claimHeadline(claim))}`, details.join(" · ")];
  // Without a restatement the headline is the quote itself: printed once.
  if (claimHasRestatement(claim)) parts.push(markdownQuote(claim.quote.exact));
  if (claim.rationale.trim().length > 0) parts.push(`**Rationale**\n\n${markdownForReport(claim.rationale)}`);
  if (claim.evidence.length > 0) {
    parts.push(["**Evidence**", "", ...claim.evidence.map((item, index) => evidenceItem(item, index + 1, lookup))].join("\n"));
  } else if (verdict !== "not_checkable") {
    parts.push("*No evidence attached.*");
  }
  return parts.join("\n\n");
}

interface SourceLookup {
  sources: Map<string, TSourceRecord>;
  citations: Map<string, string>;
}

function evidenceItem(item: TEvidenceRecord, number: number, { sources, citations }: SourceLookup): string {
  const source = sources.get(item.sourceId);
  const sourceLinkList = source ? sourceLinks(source) : [];
  const reference = source ? referenceBesideLinks(citations.get(source.id) ?? source.title, sourceLinkList.map((link) => link.href)) : "";
  const citation = source ? escapeMarkdownInline(reference) : `*Missing source ${escapeMarkdownInline(item.sourceId)}*`;
  const links = sourceLinkList.map((link) => markdownLink(link.label, link.href));
  const lines = [
    `${number}. **${STANCE_LABELS[item.stance]}** · ${STUDY_DESIGN_LABELS[item.studyDesign]} — ${citation}${links.length > 0 ? ` ${links.join(" · ")}` : ""}`,
  ];
  if (item.finding.trim().length > 0) {
    const locator = item.locator ? ` (${escapeMarkdownInline(item.locator)})` : "";
    lines.push(`   Finding: “${escapeMarkdownInline(item.finding)}”${locator}`);
  }
  if (item.note && item.note.trim().length > 0) lines.push(`   Note: ${escapeMarkdownInline(item.note)}`);
  return lines.join("\\\n");
}

function bibliographySection(review: TReviewDocument): string {
  if (review.sources.length === 0) return "";
  const entries = sourcesInBibliographyOrder(review.sources).map(({ source, citation }) => {
    const sourceLinkList = sourceLinks(source);
    const links = sourceLinkList.map((link) => markdownLink(link.label, link.href));
    return `- ${escapeMarkdownInline(referenceBesideLinks(citation, sourceLinkList.map((link) => link.href)))}${links.length > 0 ? ` ${links.join(" · ")}` : ""}`;
  });
  return ["## Bibliography", "", ...entries].join("\n");
}
