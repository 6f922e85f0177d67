import type { TReviewDocument } from "../schemas/review";
import type { TExportOptions } from "./export-options";
import { ANNOTATION_PAGE_SIZE, buildAnnotationCollection, buildAnnotationPage, type AnnotationPage } from "./to-web-annotation";
import { ANNOTATION_CONTEXT } from "./web-annotation-model";

/**
 * The read side of the W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/)
 * as pure functions: content negotiation, the Prefer header, and the container's and pages'
 * representations. The route handlers only add HTTP around these.
 */

export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";
export const PREFER_MINIMAL_CONTAINER = "http://www.w3.org/ns/ldp#PreferMinimalContainer";
export const PREFER_CONTAINED_IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";
export const PREFER_CONTAINED_DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

export const CONTAINER_LINK_HEADER = [
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
].join(", ");
export const ANNOTATION_LINK_HEADER = '<http://www.w3.org/ns/ldp#Resource>; rel="type"';
export const READ_ONLY_ALLOW = "GET, HEAD, OPTIONS";

/** minimal: no annotations; iris: the first page lists annotation IRIs; descriptions: whole annotations (the default). */
export type ContainerPreference = "minimal" | "iris" | "descriptions";

export function parseContainerPreference(prefer: string | null): { preference: ContainerPreference; applied: boolean } {
  if (!prefer) return { preference: "descriptions", applied: false };
  const representation = prefer.split(",").find((part) => /^\s*return\s*=\s*representation\b/i.test(part));
  if (!representation) return { preference: "descriptions", applied: false };
  const include = /\binclude\s*=\s*"([^"]*)"/i.exec(representation)?.[1] ?? "";
  const iris = include.split(/\s+/).filter(Boolean);
  if (iris.includes(PREFER_MINIMAL_CONTAINER)) return { preference: "minimal", applied: true };
  if (iris.includes(PREFER_CONTAINED_IRIS)) return { preference: "iris", applied: true };
  if (iris.includes(PREFER_CONTAINED_DESCRIPTIONS)) return { preference: "descriptions", applied: true };
  return { preference: "descriptions", applied: false };
}

/**
 * The media type to answer with, or null when the client accepts nothing we serve (406).
 * JSON-LD with the annotation profile is the default; plain JSON when that is all the client takes.
 */
export function negotiateAnnotationMediaType(accept: string | null): string | null {
  if (!accept || !accept.trim()) return ANNOTATION_MEDIA_TYPE;
  const ranges = accept
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.split(";").map((piece) => piece.trim());
      const q = params.find((p) => /^q=/i.test(p));
      return { type: type.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((range) => range.type && !(range.q <= 0) && !Number.isNaN(range.q))
    .sort((a, b) => b.q - a.q);
  for (const range of ranges) {
    if (range.type === "application/ld+json" || range.type === "*/*" || range.type === "application/*") return ANNOTATION_MEDIA_TYPE;
    if (range.type === "application/json") return "application/json";
  }
  return null;
}

export interface ContainerRequest {
  preference: ContainerPreference;
  pageSize?: number;
}

/** The container: an LDP BasicContainer that is also the AnnotationCollection (protocol §4.1). */
export function containerRepresentation(review: TReviewDocument, options: TExportOptions, request: ContainerRequest) {
  const pageSize = request.pageSize ?? ANNOTATION_PAGE_SIZE;
  const collection = buildAnnotationCollection(review, options, { pageSize, embedFirstPage: request.preference !== "minimal" });
  const { "@context": _context, type: _type, first, last, ...rest } = collection;
  const iris = request.preference === "iris";
  return {
    "@context": [ANNOTATION_CONTEXT, LDP_CONTEXT],
    ...rest,
    type: ["BasicContainer", "AnnotationCollection"],
    ...(first === undefined ? {} : { first: typeof first === "string" ? withIrisFlag(first, iris) : pageWithPreference(first, iris) }),
    ...(last === undefined ? {} : { last: withIrisFlag(last, iris) }),
  };
}

/** Page `pageIndex` (0-based) of the container; null past the last page. */
export function pageRepresentation(review: TReviewDocument, options: TExportOptions, request: { pageIndex: number; iris: boolean; pageSize?: number }) {
  const page = buildAnnotationPage(review, options, { pageIndex: request.pageIndex, pageSize: request.pageSize ?? ANNOTATION_PAGE_SIZE });
  if (!page) return null;
  const { "@context": context, ...rest } = page;
  return { "@context": context, ...pageWithPreference(rest, request.iris) };
}

function pageWithPreference(page: AnnotationPage, iris: boolean) {
  if (!iris) return page;
  return {
    ...page,
    id: withIrisFlag(page.id, true),
    items: page.items.map((annotation) => annotation.id),
    ...(page.next ? { next: withIrisFlag(page.next, true) } : {}),
    ...(page.prev ? { prev: withIrisFlag(page.prev, true) } : {}),
  };
}

/** Page IRIs carry the preference, so that following `next` keeps the same shape (protocol §4.2.1). */
function withIrisFlag(pageUrl: string, iris: boolean): string {
  return iris ? `${pageUrl}&iris=1` : pageUrl;
}
