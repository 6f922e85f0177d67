import { publishedApi } from "@/domain/schemas/api/published";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { getPublishedClaimDetails } from "@/server/data/articles/get-published-claim-details";
import { routeHandler } from "@/server/http/route-handler";

/**
 * One claim's rationale and evidence for the public reader page, which fetches it when the
 * claim is opened instead of carrying every claim's details in the page. Published reviews
 * only, for everyone alike (signed in or not: the same answer the public page gives), from
 * the instance's cache under the review's current version (never older than the last change);
 * a draft or unknown article or claim is a 404. Browsers and proxies must ask again each time
 * (`no-cache`): the answer changes whenever the review does.
 */
export const GET = routeHandler<{ slug: string; claimId: string }>(async ({ params }) => {
  const { slug, claimId } = publishedApi.getPublishedClaimDetails.params.parse(params);
  // Public data, the same for everyone: the embed on publishers' pages reads it across origins.
  return Response.json((await getPublishedClaimDetails(slug, claimId)) satisfies ApiReply<"getPublishedClaimDetails">, { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, no-cache" } });
});
