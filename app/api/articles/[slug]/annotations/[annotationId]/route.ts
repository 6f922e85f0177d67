import { ANNOTATION_LINK_HEADER, negotiateAnnotationMediaType } from "@/domain/export/annotation-protocol";
import { buildClaimAnnotation } from "@/domain/export";
import { ANNOTATION_CONTEXT } from "@/domain/export/web-annotation-model";
import { notFound } from "@/server/errors";
import { annotationResponse, notAcceptableResponse, optionsResponse } from "@/server/data/export/annotation-response";
import { exportBaseUrl } from "@/server/data/export/export-base-url";
import { getPublishedReview } from "@/server/data/export/get-published-review";
import { routeHandler } from "@/server/http/route-handler";

/** One annotation (one claim of a published review): GET /api/articles/<slug>/annotations/<claim id>. */
const read = routeHandler<{ slug: string; annotationId: string }>(async ({ request, params }) => {
  const contentType = negotiateAnnotationMediaType(request.headers.get("accept"));
  if (!contentType) return notAcceptableResponse();
  const review = await getPublishedReview(params.slug);
  const claim = review.claims.find((candidate) => candidate.id === params.annotationId);
  if (!claim) throw notFound("The annotation");
  const annotation = { "@context": ANNOTATION_CONTEXT, ...buildClaimAnnotation(review, claim, { baseUrl: exportBaseUrl(request) }) };
  return annotationResponse(request, annotation, { contentType, link: ANNOTATION_LINK_HEADER });
});

export const GET = read;
export const HEAD = read;
export const OPTIONS = routeHandler<{ slug: string; annotationId: string }>(async ({ params }) => {
  const review = await getPublishedReview(params.slug);
  if (!review.claims.some((claim) => claim.id === params.annotationId)) throw notFound("The annotation");
  return optionsResponse(ANNOTATION_LINK_HEADER);
});
