import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { importClaimReviewFeed } from "@/server/data/external-reviews/import-claim-review-feed";
import { readJson, routeHandler } from "@/server/http/route-handler";

/**
 * Imports a schema.org ClaimReview feed (JSON-LD: a ClaimReview, a list, or a DataFeed of them)
 * as other fact-checkers' reviews (editors); malformed items are reported by index and skipped.
 */
export const POST = routeHandler(async ({ request, actor }) => {
  const result = await importClaimReviewFeed(actor, await readJson(request, importsApi.importExternalReviews.body));
  return Response.json(result satisfies ApiReply<"importExternalReviews">, { status: result.created > 0 ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
