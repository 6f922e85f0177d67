import type { TReviewDocument } from "../schemas/review";
import type { TExportOptions } from "./export-options";
import { claimsInReadingOrder, sourcesById } from "./review-report";
import { ANNOTATION_CONTEXT, annotationContainerUrl, buildClaimAnnotation, type WebAnnotation } from "./web-annotation-model";

/**
 * The review as a W3C AnnotationCollection (model §5) and its AnnotationPages, which the
 * Web Annotation Protocol container serves page by page. `partOf` is embedded as an object
 * with `id` and `total` (the conformance suite rejects a bare IRI there).
 */

/** Page size the protocol container uses unless a request asks for another. */
export const ANNOTATION_PAGE_SIZE = 100;

export interface AnnotationPage {
  "@context"?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; type: "AnnotationCollection"; label: string; total: number };
  startIndex: number;
  items: WebAnnotation[];
  next?: string;
  prev?: string;
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  modified: string;
  first?: AnnotationPage | string;
  last?: string;
}

export interface AnnotationPaging {
  pageSize: number;
}

export function annotationPageUrl(baseUrl: string, slug: string, pageIndex: number, pageSize = ANNOTATION_PAGE_SIZE): string {
  const sizeParameter = pageSize === ANNOTATION_PAGE_SIZE ? "" : `&pageSize=${pageSize}`;
  return `${annotationContainerUrl(baseUrl, slug)}?page=${pageIndex}${sizeParameter}`;
}

export function annotationPageCount(review: TReviewDocument, pageSize = ANNOTATION_PAGE_SIZE): number {
  return Math.ceil(review.claims.length / checkedPageSize(pageSize));
}

/** Page `pageIndex` (0-based) of `pageSize` annotations, claims in reading order; null past the last page. */
export function buildAnnotationPage(
  review: TReviewDocument,
  options: TExportOptions,
  paging: AnnotationPaging & { pageIndex: number },
): (AnnotationPage & { "@context": typeof ANNOTATION_CONTEXT }) | null {
  const page = annotationPageWithoutContext(review, options, paging);
  return page ? { "@context": ANNOTATION_CONTEXT, ...page } : null;
}

/**
 * The collection. With `embedFirstPage` its first page is included whole (the export, and the
 * protocol's PreferContainedDescriptions); otherwise `first` and `last` are page IRIs.
 */
export function buildAnnotationCollection(
  review: TReviewDocument,
  options: TExportOptions,
  paging: AnnotationPaging & { embedFirstPage: boolean },
): AnnotationCollection {
  const pageSize = checkedPageSize(paging.pageSize);
  const total = review.claims.length;
  const collection: AnnotationCollection = {
    "@context": ANNOTATION_CONTEXT,
    id: annotationContainerUrl(options.baseUrl, review.article.slug),
    type: "AnnotationCollection",
    label: collectionLabel(review),
    total,
    modified: latestModification(review),
  };
  if (total === 0) return collection;
  const firstPage = annotationPageWithoutContext(review, options, { pageSize, pageIndex: 0 });
  if (!firstPage) return collection;
  collection.first = paging.embedFirstPage ? firstPage : firstPage.id;
  collection.last = annotationPageUrl(options.baseUrl, review.article.slug, annotationPageCount(review, pageSize) - 1, pageSize);
  return collection;
}

/** The export: one collection with every annotation in its embedded first (and only) page. */
export function toWebAnnotation(review: TReviewDocument, options: TExportOptions): string {
  const pageSize = Math.max(review.claims.length, ANNOTATION_PAGE_SIZE);
  return `${JSON.stringify(buildAnnotationCollection(review, options, { pageSize, embedFirstPage: true }), null, 2)}\n`;
}

function annotationPageWithoutContext(
  review: TReviewDocument,
  options: TExportOptions,
  paging: AnnotationPaging & { pageIndex: number },
): AnnotationPage | null {
  const pageSize = checkedPageSize(paging.pageSize);
  const { pageIndex } = paging;
  const pageCount = annotationPageCount(review, pageSize);
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= Math.max(pageCount, 1)) return null;
  const { slug } = review.article;
  const sources = sourcesById(review);
  const startIndex = pageIndex * pageSize;
  const items = claimsInReadingOrder(review)
    .slice(startIndex, startIndex + pageSize)
    .map((claim) => buildClaimAnnotation(review, claim, options, sources));
  const page: AnnotationPage = {
    id: annotationPageUrl(options.baseUrl, slug, pageIndex, pageSize),
    type: "AnnotationPage",
    partOf: {
      id: annotationContainerUrl(options.baseUrl, slug),
      type: "AnnotationCollection",
      label: collectionLabel(review),
      total: review.claims.length,
    },
    startIndex,
    items,
  };
  if (pageIndex + 1 < pageCount) page.next = annotationPageUrl(options.baseUrl, slug, pageIndex + 1, pageSize);
  if (pageIndex > 0) page.prev = annotationPageUrl(options.baseUrl, slug, pageIndex - 1, pageSize);
  return page;
}

function checkedPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`Page size must be a positive integer, got ${pageSize}`);
  return pageSize;
}

function collectionLabel(review: TReviewDocument): string {
  return `Claimcheck review of “${review.article.title}”`;
}

/** The newest of the article's and the claims' update times: the collection's `modified`. */
function latestModification(review: TReviewDocument): string {
  return review.claims.reduce(
    (latest, claim) => (Date.parse(claim.updatedAt) > Date.parse(latest) ? claim.updatedAt : latest),
    review.article.updatedAt,
  );
}
