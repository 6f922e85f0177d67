import { z } from "zod";
import {
  CONTAINER_LINK_HEADER,
  containerRepresentation,
  negotiateAnnotationMediaType,
  pageRepresentation,
  parseContainerPreference,
} from "@/domain/export/annotation-protocol";
import { ANNOTATION_PAGE_SIZE } from "@/domain/export";
import { notFound } from "@/server/errors";
import { annotationResponse, notAcceptableResponse, optionsResponse } from "@/server/data/export/annotation-response";
import { exportBaseUrl } from "@/server/data/export/export-base-url";
import { getPublishedReview } from "@/server/data/export/get-published-review";
import { routeHandler } from "@/server/http/route-handler";

/**
 * The W3C Web Annotation Protocol container of a published review:
 * GET /api/articles/<slug>/annotations/ (Next answers the trailing-slash form with a 308 to
 * this path, which clients follow), and its pages with ?page=N.
 */

const ZContainerQuery = z.object({
  page: z.coerce.number().int("A page number is a whole number.").nonnegative("Pages are numbered from 0.").optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(ANNOTATION_PAGE_SIZE),
  iris: z.enum(["1"]).optional(),
});

const read = routeHandler<{ slug: string }>(async ({ request, params }) => {
  const contentType = negotiateAnnotationMediaType(request.headers.get("accept"));
  if (!contentType) return notAcceptableResponse();
  const url = new URL(request.url);
  const query = ZContainerQuery.parse(Object.fromEntries(url.searchParams));
  const review = await getPublishedReview(params.slug);
  const options = { baseUrl: exportBaseUrl(request) };
  if (query.page !== undefined) {
    const page = pageRepresentation(review, options, { pageIndex: query.page, iris: query.iris === "1", pageSize: query.pageSize });
    if (!page) throw notFound(`Page ${query.page} of this annotation container`);
    return annotationResponse(request, page, { contentType, link: CONTAINER_LINK_HEADER });
  }
  const { preference, applied } = parseContainerPreference(request.headers.get("prefer"));
  const container = containerRepresentation(review, options, { preference, pageSize: query.pageSize });
  return annotationResponse(request, container, { contentType, link: CONTAINER_LINK_HEADER, preferenceApplied: applied });
});

export const GET = read;
export const HEAD = read;
export const OPTIONS = routeHandler<{ slug: string }>(async ({ params }) => {
  await getPublishedReview(params.slug);
  return optionsResponse(CONTAINER_LINK_HEADER);
});
