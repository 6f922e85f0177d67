import type { TReviewDocument } from "../schemas/review";
import type { TExportOptions } from "./export-options";
import { toBibliography } from "./to-bibliography";
import { toClaimReview } from "./to-claimreview";
import { toCsv } from "./to-csv";
import { toCsvEvidence } from "./to-csv-evidence";
import { toHtml } from "./to-html";
import { toJson } from "./to-json";
import { toMarkdown } from "./to-markdown";
import { toPdf } from "./to-pdf";
import { toWebAnnotation } from "./to-web-annotation";

/** Every export format (PRODUCT.md, "Exports"), what it is served as, and one dispatcher. */

export const EXPORT_FORMATS = {
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md", label: "Markdown report" },
  html: { contentType: "text/html; charset=utf-8", extension: "html", label: "HTML report" },
  pdf: { contentType: "application/pdf", extension: "pdf", label: "PDF report" },
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv", label: "Claims (CSV)" },
  "csv-evidence": { contentType: "text/csv; charset=utf-8; header=present", extension: "evidence.csv", label: "Evidence (CSV)" },
  json: { contentType: "application/json; charset=utf-8", extension: "json", label: "Full review (JSON)" },
  claimreview: { contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld", label: "schema.org ClaimReview" },
  webannotation: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
    label: "W3C Web Annotations",
  },
  "csl-json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "csl.json", label: "Bibliography (CSL-JSON)" },
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib", label: "Bibliography (BibTeX)" },
  ris: { contentType: "application/x-research-info-systems; charset=utf-8", extension: "ris", label: "Bibliography (RIS)" },
} as const satisfies Record<string, { contentType: string; extension: string; label: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

export interface ExportResult {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}

/** `claimcheck-<slug>.<extension>`, the slug reduced to safe file-name characters. */
export function exportFileName(review: TReviewDocument, format: ExportFormat): string {
  const slug = review.article.slug.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "review";
  return `claimcheck-${slug}.${EXPORT_FORMATS[format].extension}`;
}

export async function exportReview(review: TReviewDocument, format: ExportFormat, options: TExportOptions): Promise<ExportResult> {
  const { contentType } = EXPORT_FORMATS[format];
  return { body: await serialize(review, format, options), contentType, fileName: exportFileName(review, format) };
}

async function serialize(review: TReviewDocument, format: ExportFormat, options: TExportOptions): Promise<string | Uint8Array> {
  switch (format) {
    case "markdown":
      return toMarkdown(review, options);
    case "html":
      return toHtml(review, options);
    case "pdf":
      return toPdf(review, options);
    case "csv":
      return toCsv(review, options);
    case "csv-evidence":
      return toCsvEvidence(review, options);
    case "json":
      return toJson(review);
    case "claimreview":
      return toClaimReview(review, options);
    case "webannotation":
      return toWebAnnotation(review, options);
    case "csl-json":
    case "bibtex":
    case "ris":
      return toBibliography(review, format);
  }
}

export type { TExportOptions } from "./export-options";
export { toBibliography, toClaimReview, toCsv, toCsvEvidence, toHtml, toJson, toMarkdown, toPdf, toWebAnnotation };
export { buildClaimReviews, claimReviewScriptContent } from "./to-claimreview";
export { buildAnnotationCollection, buildAnnotationPage, annotationPageCount, annotationPageUrl, ANNOTATION_PAGE_SIZE } from "./to-web-annotation";
export { annotationContainerUrl, annotationUrl, buildClaimAnnotation } from "./web-annotation-model";
