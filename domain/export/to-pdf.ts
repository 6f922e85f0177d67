import PDFDocument from "pdfkit";
import type { TClaimRecord, TEvidenceRecord, TReviewDocument, TSourceRecord } from "../schemas/review";
import { STANCE_LABELS, STUDY_DESIGN_LABELS, VERDICT_MEANINGS } from "../ratings/scale";
import { organizationOf, type TExportOptions } from "./export-options";
import { articleUrl, claimUrl, safeHttpUrl, sourceLinks } from "./links";
import { PDF_COLORS, PdfWriter, type LatinFontName, type TextSpan } from "./pdf-writer";
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
import { markdownToReportBlocks, type ReportTextSpan } from "./report-markdown";
import { citesSourcesByNumber, referenceNumbers, shortCitation } from "./numbered-references";
import { citationsBySourceId, referenceBesideLinks, sourcesInBibliographyOrder } from "./source-citation";
import { VERDICT_STYLES } from "./verdict-style";

/**
 * The review report as an A4 PDF: title block, scorecard bar chart, every claim with its
 * verdict badge, rationale and evidence, and the bibliography; page numbers in the footer.
 * A long report's evidence cites its source by author, year and bibliography number, linked to
 * the numbered reference (numbered-references.ts); a short one prints the full reference.
 * Fonts are embedded (see pdf-fonts.ts) so any Latin, Greek, symbol or Chinese text renders.
 */
export async function toPdf(review: TReviewDocument, options: TExportOptions): Promise<Uint8Array> {
  const { article } = review;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    // No file here: PdfWriter switches to its own parsed Noto Sans (see pdfFontSource).
    lang: "en",
    displayTitle: true,
    info: {
      Title: `Claim review: ${article.title}`,
      Author: organizationOf(options).name,
      Subject: "Claimcheck review report",
      Creator: "Claimcheck",
      Producer: "Claimcheck",
      CreationDate: new Date(review.exportedAt),
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const writer = new PdfWriter(doc);
  const bibliography = sourcesInBibliographyOrder(review.sources);
  const lookup: SourceLookup = {
    sources: sourcesById(review),
    citations: citationsBySourceId(review.sources),
    numbers: citesSourcesByNumber(review) ? referenceNumbers(bibliography) : null,
  };
  writeTitle(writer, review, options);
  writeScorecard(writer, review);
  writeSummary(writer, review);
  writeClaims(writer, review, options, lookup);
  writeBibliography(writer, bibliography, lookup);
  writeFooters(writer, review, options);
  doc.end();
  return finished;
}

function writeTitle(writer: PdfWriter, review: TReviewDocument, options: TExportOptions): void {
  const { article } = review;
  writer.text(`${organizationOf(options).name.toUpperCase()} · CLAIM REVIEW`, { font: "sans-bold", size: 8, color: PDF_COLORS.accent, gapAfter: 6 });
  writer.text(article.title, { font: "sans-bold", size: 22, gapAfter: 6 });
  const meta = [
    article.author ? `By ${article.author}` : null,
    article.publishedAt ? `published ${isoDate(article.publishedAt)}` : null,
    `review ${ARTICLE_STATUS_LABELS[article.status].toLowerCase()}`,
    `revision ${review.revision.number}`,
    `exported ${isoDate(review.exportedAt)}`,
  ].filter((part): part is string => part !== null);
  writer.text(meta.join(" · "), { size: 9, color: PDF_COLORS.muted, gapAfter: 2 });
  const source = safeHttpUrl(article.sourceUrl);
  if (source) writer.text(source, { size: 8.5, color: PDF_COLORS.link, link: source, gapAfter: 2 });
  const reader = articleUrl(options.baseUrl, article.slug);
  writer.text(`Online: ${reader}`, { size: 8.5, color: PDF_COLORS.link, link: reader, gapAfter: 8 });
  const y = writer.doc.y;
  writer.doc.moveTo(writer.left, y).lineTo(writer.left + writer.contentWidth, y).lineWidth(2).stroke(PDF_COLORS.accent);
  writer.doc.y = y + 6;
}

function writeScorecard(writer: PdfWriter, review: TReviewDocument): void {
  const { doc } = writer;
  const scorecard = computeScorecard(review);
  writer.heading("Scorecard");
  writer.ensureSpace(110);
  const top = doc.y;
  const shareWidth = 120;
  const barWidth = writer.contentWidth - shareWidth - 20;
  const barHeight = 18;
  let x = writer.left;
  doc.rect(writer.left, top, barWidth, barHeight).fill("#F1F1F1");
  for (const verdict of REPORT_VERDICTS) {
    const count = scorecard.counts[verdict];
    if (count === 0) continue;
    const width = (count / Math.max(scorecard.total, 1)) * barWidth;
    doc.rect(x, top, width, barHeight).fill(VERDICT_STYLES[verdict].strong);
    if (verdict === "mixed") doc.rect(x, top, width, barHeight).lineWidth(0.8).stroke(VERDICT_STYLES.mixed.ink);
    if (width > 14) {
      writer.useFont("sans-bold").fontSize(8).fillColor(VERDICT_STYLES[verdict].onStrong);
      doc.text(String(count), x, top + 4.5, { width, align: "center", lineBreak: false });
    }
    x += width;
  }
  // Legend: icon, word and count, three to a row.
  const shown = REPORT_VERDICTS.filter((verdict) => verdict !== "unrated" || scorecard.counts.unrated > 0);
  const columnWidth = barWidth / 3;
  shown.forEach((verdict, index) => {
    const lx = writer.left + (index % 3) * columnWidth;
    const ly = top + barHeight + 10 + Math.floor(index / 3) * 16;
    writer.verdictIcon(verdict, lx, ly, 11);
    writer.useFont("sans").fontSize(8.5).fillColor(PDF_COLORS.ink).text(`${reportVerdictLabel(verdict)}  `, lx + 15, ly + 0.5, { lineBreak: false, continued: true });
    writer.useFont("sans-bold").text(String(scorecard.counts[verdict]), { lineBreak: false });
  });
  // The share of checkable claims supported, as a boxed figure.
  const boxX = writer.left + writer.contentWidth - shareWidth;
  doc.roundedRect(boxX, top, shareWidth, 72, 6).lineWidth(0.8).stroke(PDF_COLORS.rule);
  writer.useFont("sans-bold").fontSize(24).fillColor(PDF_COLORS.accent).text(formatShare(scorecard.supportedShare), boxX, top + 8, { width: shareWidth, align: "center" });
  writer.useFont("sans").fontSize(7.5).fillColor(PDF_COLORS.muted).text(`of checkable claims supported\n${scorecard.supported} of ${scorecard.rated} rated · ${scorecard.total} in all`, boxX + 6, top + 40, { width: shareWidth - 12, align: "center" });
  doc.x = writer.left;
  doc.y = Math.max(top + 80, top + barHeight + 10 + Math.ceil(shown.length / 3) * 16 + 6);
  if (scorecard.weakest.length > 0) {
    writer.label("Weakest-supported claims");
    scorecard.weakest.forEach((claim, index) => {
      writer.text(`${index + 1}. ${claimHeadline(claim)} (${reportVerdictLabel(claimReportVerdict(claim))})`, { size: 9, indent: 6, gapAfter: 1 });
    });
    const more = moreWeakestLine(scorecard);
    if (more) writer.text(more, { font: "sans-italic", size: 9, color: PDF_COLORS.muted, indent: 6, gapAfter: 1 });
  }
}

function writeSummary(writer: PdfWriter, review: TReviewDocument): void {
  const summary = review.article.summary.trim();
  if (summary.length === 0) return;
  writer.heading("Editor's summary");
  const top = writer.doc.y;
  const page = writer.doc.page;
  writeMarkdown(writer, summary, { size: 10.5, indent: 12 });
  if (writer.doc.page === page) writer.sideRule(top, writer.left + 2, PDF_COLORS.accent, 3);
}

/**
 * A summary's or rationale's Markdown as the PDF shows it: blocks of text, no markers left, bold
 * and italic words in the bold and italic fonts, a link in link colour with its address after it.
 */
function writeMarkdown(writer: PdfWriter, markdown: string, { size, indent = 0 }: { size: number; indent?: number }): void {
  for (const block of markdownToReportBlocks(markdown)) {
    const spans = (base: LatinFontName) => block.spans.map((span) => pdfSpan(span, base));
    if (block.kind === "heading") writer.richText(spans("sans-bold"), { font: "sans-bold", size, indent, gapAfter: 2 });
    else if (block.kind === "quote") writer.richText(spans("sans-italic"), { font: "sans-italic", size, indent: indent + 10, color: "#333333", gapAfter: 3 });
    else if (block.kind === "list_item") writer.richText(spans("sans"), { size, indent: indent + 8, gapAfter: 1 });
    else writer.richText(spans("sans"), { size, indent, gapAfter: 4 });
  }
}

/** A Markdown span in the PDF: bold and italic added to the block's own font (a quote is italic already). */
function pdfSpan(span: ReportTextSpan, base: LatinFontName): TextSpan {
  const bold = span.strong === true || base === "sans-bold" || base === "sans-bold-italic";
  const italic = span.emphasis === true || base === "sans-italic" || base === "sans-bold-italic";
  const font: LatinFontName = bold && italic ? "sans-bold-italic" : bold ? "sans-bold" : italic ? "sans-italic" : "sans";
  return { text: span.text, font, ...(span.href ? { color: PDF_COLORS.link, link: span.href } : {}) };
}

function writeClaims(writer: PdfWriter, review: TReviewDocument, options: TExportOptions, lookup: SourceLookup): void {
  const claims = claimsInReadingOrder(review);
  writer.doc.addPage();
  writer.heading(`Claims (${claims.length})`);
  if (claims.length === 0) writer.text("No claims have been identified in this article yet.");
  if (lookup.numbers) {
    writer.text("Evidence names its source by author, year and number; the numbered bibliography at the end gives each reference in full, with its links.", {
      font: "sans-italic",
      size: 8.5,
      color: PDF_COLORS.muted,
      gapAfter: 8,
    });
  }
  claims.forEach((claim, index) => writeClaim(writer, review, claim, index + 1, lookup, options));
}

function writeClaim(
  writer: PdfWriter,
  review: TReviewDocument,
  claim: TClaimRecord,
  number: number,
  lookup: SourceLookup,
  options: TExportOptions,
): void {
  const { doc } = writer;
  const verdict = claimReportVerdict(claim);
  writer.ensureSpace(120);
  const link = claimUrl(options.baseUrl, review.article.slug, claim.id);
  writer.text(`CLAIM ${number}${claim.tags.length > 0 ? ` · ${claim.tags.join(", ")}` : ""}`, { font: "sans-bold", size: 7.5, color: PDF_COLORS.muted, gapAfter: 2, link });
  writer.text(claimHeadline(claim), { font: "sans-bold", size: 12, gapAfter: 4 });
  const badgeY = doc.y;
  const badgeWidth = writer.verdictBadge(verdict, writer.left, badgeY);
  const meaning = verdict === "unrated" ? "No verdict yet." : VERDICT_MEANINGS[verdict];
  writer.useFont("sans").fontSize(8.5).fillColor(PDF_COLORS.muted).text(meaning, writer.left + badgeWidth + 8, badgeY + 3.6, { lineBreak: false });
  doc.x = writer.left;
  doc.y = badgeY + 22;
  if (claimHasRestatement(claim)) {
    // Without a restatement the headline above is the quote: printed once.
    const quoteTop = doc.y;
    const page = doc.page;
    writer.text(claim.quote.exact, { font: "sans-italic", size: 9.5, color: "#333333", indent: 12, gapAfter: 4 });
    if (doc.page === page) writer.sideRule(quoteTop, writer.left + 3, VERDICT_STYLES[verdict].strong, 3);
  }
  if (claim.rationale.trim().length > 0) {
    writer.label("Rationale");
    writeMarkdown(writer, claim.rationale.trim(), { size: 10 });
  }
  if (claim.evidence.length > 0) {
    writer.label("Evidence");
    for (const item of claim.evidence) writeEvidence(writer, item, lookup);
  } else if (verdict !== "not_checkable") {
    writer.text("No evidence attached.", { font: "sans-italic", size: 9, color: PDF_COLORS.muted });
  }
  const reviewers = claimReviewers(claim);
  if (reviewers.length > 0) writer.text(`Reviewed by ${reviewers.join(", ")}`, { size: 8, color: PDF_COLORS.muted, gapAfter: 2 });
  doc.moveDown(0.8);
}

interface SourceLookup {
  sources: Map<string, TSourceRecord>;
  citations: Map<string, string>;
  /** Each source's bibliography number when the report cites by number, else null (full references). */
  numbers: Map<string, number> | null;
}

/** The named destination of bibliography entry `number`, which numbered citations jump to. */
function referenceDestination(number: number): string {
  return `reference-${number}`;
}

function writeEvidence(writer: PdfWriter, item: TEvidenceRecord, { sources, citations, numbers }: SourceLookup): void {
  writer.ensureSpace(50);
  const source = sources.get(item.sourceId);
  const kind = `${STANCE_LABELS[item.stance]} · ${STUDY_DESIGN_LABELS[item.studyDesign]}`;
  const number = source ? numbers?.get(source.id) : undefined;
  const links = source ? sourceLinks(source) : [];
  if (numbers && source && number !== undefined) {
    // Stance, design and the cited source on one line, "Contradicts · Randomized trial · Smith et al. (2019) [12]",
    // the citation linked to its bibliography entry.
    writer.richText(
      [
        { text: `${kind} · ` },
        { text: `${shortCitation(source)} [${number}]`, font: "sans", color: PDF_COLORS.link, goTo: referenceDestination(number) },
      ],
      { font: "sans-bold", size: 8.5, color: PDF_COLORS.accent, indent: 10, gapAfter: 1 },
    );
  } else {
    writer.text(kind, { font: "sans-bold", size: 8.5, color: PDF_COLORS.accent, indent: 10, gapAfter: 1 });
    const reference = source ? referenceBesideLinks(citations.get(source.id) ?? source.title, links.map((link) => link.href)) : `Missing source ${item.sourceId}`;
    writer.text(reference, { size: 9, indent: 10, gapAfter: 1 });
  }
  if (item.finding.trim().length > 0) {
    writer.text(`“${item.finding.trim()}”${item.locator ? ` (${item.locator})` : ""}`, { font: "sans-italic", size: 9, color: "#333333", indent: 10, gapAfter: 1 });
  }
  if (item.note) writer.text(`Note: ${item.note}`, { size: 8.5, color: PDF_COLORS.muted, indent: 10, gapAfter: 1 });
  // A numbered citation's links are in its bibliography entry.
  if (number === undefined) writeSourceLinks(writer, links, 10);
  writer.doc.moveDown(0.4);
}

/** A source's links (DOI, PubMed, PMC, web page) on one line, as the HTML report shows them. */
function writeSourceLinks(writer: PdfWriter, links: ReturnType<typeof sourceLinks>, indent: number): void {
  if (links.length === 0) return;
  const spans = links.flatMap((link, index): TextSpan[] => [...(index > 0 ? [{ text: "  ·  ", color: PDF_COLORS.muted }] : []), { text: link.label, link: link.href }]);
  writer.richText(spans, { size: 8.5, color: PDF_COLORS.link, indent, gapAfter: 1 });
}

function writeBibliography(writer: PdfWriter, bibliography: ReturnType<typeof sourcesInBibliographyOrder>, { numbers }: SourceLookup): void {
  if (bibliography.length === 0) return;
  writer.doc.addPage();
  writer.heading("Bibliography");
  bibliography.forEach(({ source, citation }, index) => {
    writer.ensureSpace(40);
    const links = sourceLinks(source);
    writer.text(`${index + 1}. ${referenceBesideLinks(citation, links.map((link) => link.href))}`, {
      size: 9.5,
      gapAfter: 1,
      ...(numbers ? { destination: referenceDestination(index + 1) } : {}),
    });
    writeSourceLinks(writer, links, 14);
    writer.doc.moveDown(0.3);
  });
}

function writeFooters(writer: PdfWriter, review: TReviewDocument, options: TExportOptions): void {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.moveTo(writer.left, y - 6).lineTo(writer.left + writer.contentWidth, y - 6).lineWidth(0.5).stroke(PDF_COLORS.rule);
    const footer = `${organizationOf(options).name} · ${review.article.title}`;
    doc.x = writer.left;
    doc.y = y;
    writer.text(footer.length > 90 ? `${footer.slice(0, 89)}…` : footer, { size: 7.5, color: PDF_COLORS.muted, width: writer.contentWidth - 80 });
    writer.useFont("sans").fontSize(7.5).fillColor(PDF_COLORS.muted).text(`Page ${index - range.start + 1} of ${range.count}`, writer.left, y, { width: writer.contentWidth, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
