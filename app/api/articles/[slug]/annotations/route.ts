import {
  CONTAINER_LINK_HEADER,
  containerRepresentation,
  negotiateAnnotationMediaType,
  pageRepresentation,
  parseContainerPreference,
} from "@/domain/export/annotation-protocol";
import { exportsApi } from "@/domain/schemas/api/exports";
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

const read = routeHandler<{ slug: string }>(async ({ request, params }) => {
  const contentType = negotiateAnnotationMediaType(request.headers.get("accept"));
  if (!contentType) return notAcceptableResponse();
  const url = new URL(request.url);
  const query = exportsApi.getAnnotationContainer.query.parse(Object.fromEntries(url.searchParams));
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
