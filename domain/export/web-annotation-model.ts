import type { TClaimRecord, TReviewDocument, TSourceRecord } from "../schemas/review";
import { trimTrailingSlashes, type TExportOptions } from "./export-options";
import { articleTargetUrl, primarySourceUrl } from "./links";
import { claimReportVerdict, claimReviewers, reportVerdictLabel, sourcesById } from "./review-report";

/**
 * One claim as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): motivation
 * `assessing`, the verdict and tags as bodies, the rationale as a Markdown comment, each
 * evidence source as a `linking` body, and the claim's span as TextQuote + TextPosition
 * selectors on the article.
 */

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface TextualBody {
  type: "TextualBody";
  purpose: "assessing" | "tagging" | "commenting";
  value: string;
  format: "text/plain" | "text/markdown";
  language?: string;
}

export interface LinkingBody {
  type: "SpecificResource";
  purpose: "linking";
  source: { id: string; type: "Text" };
}

export interface WebAnnotation {
  "@context"?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator?: Array<{ type: "Person"; name: string }>;
  generator: { id: string; type: "Software"; name: string };
  body: Array<TextualBody | LinkingBody>;
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

/** The Web Annotation Protocol container of one article's annotations (an LDP container IRI ends in "/"). */
export function annotationContainerUrl(baseUrl: string, slug: string): string {
  return `${trimTrailingSlashes(baseUrl)}/api/articles/${encodeURIComponent(slug)}/annotations/`;
}

export function annotationUrl(baseUrl: string, slug: string, claimId: string): string {
  return `${annotationContainerUrl(baseUrl, slug)}${encodeURIComponent(claimId)}`;
}

export function buildClaimAnnotation(
  review: TReviewDocument,
  claim: TClaimRecord,
  options: TExportOptions,
  sources: Map<string, TSourceRecord> = sourcesById(review),
): WebAnnotation {
  const body: WebAnnotation["body"] = [
    { type: "TextualBody", purpose: "assessing", value: reportVerdictLabel(claimReportVerdict(claim)), format: "text/plain", language: "en" },
    ...claim.tags.map((tag): TextualBody => ({ type: "TextualBody", purpose: "tagging", value: tag, format: "text/plain" })),
  ];
  if (claim.rationale.trim().length > 0) {
    body.push({ type: "TextualBody", purpose: "commenting", value: claim.rationale, format: "text/markdown" });
  }
  const linked = new Set<string>();
  for (const item of claim.evidence) {
    const source = sources.get(item.sourceId);
    const href = source ? primarySourceUrl(source) : null;
    if (!href || linked.has(href)) continue;
    linked.add(href);
    body.push({ type: "SpecificResource", purpose: "linking", source: { id: href, type: "Text" } });
  }
  const annotation: WebAnnotation = {
    id: annotationUrl(options.baseUrl, review.article.slug, claim.id),
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    generator: { id: trimTrailingSlashes(options.baseUrl), type: "Software", name: "Claimcheck" },
    body,
    target: {
      source: articleTargetUrl(options.baseUrl, review.article),
      selector: [
        { type: "TextQuoteSelector", exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
        { type: "TextPositionSelector", start: claim.position.start, end: claim.position.end },
      ],
    },
  };
  const reviewers = claimReviewers(claim);
  if (reviewers.length > 0) annotation.creator = reviewers.map((name) => ({ type: "Person", name }));
  return annotation;
}
