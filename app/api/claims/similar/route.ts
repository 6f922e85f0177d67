import { NextResponse } from "next/server";
import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { getPublishedSimilarClaims } from "@/server/data/claim-search/get-published-similar-claims";
import { AppError } from "@/server/errors";
import { fieldErrors, routeHandler } from "@/server/http/route-handler";
import { rateLimitKey, searchRateLimiter } from "@/server/security/request-rate-limit";

/**
 * "Checked before?" for everyone: the published claims most likely to be the same as `q`,
 * best first (README, "Claim search API"). Anonymous, cached, rate limited per client address.
 */
export const GET = routeHandler(async ({ request }) => {
  const wait = searchRateLimiter.take(rateLimitKey(request.headers));
  if (wait !== null) {
    return NextResponse.json(
      { error: { code: "RATE_LIMITED", message: `Too many searches from your address; try again in ${wait} s.`, details: null } },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const params = new URL(request.url).searchParams;
  const parsed = claimsApi.searchSimilarClaims.query.safeParse({ q: params.get("q") ?? undefined, limit: params.get("limit") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    throw new AppError("INVALID_QUERY", Object.values(errors).flat().join(" "), { fieldErrors: errors });
  }
  const body = await getPublishedSimilarClaims(parsed.data.q, parsed.data.limit);
  return NextResponse.json(body satisfies ApiReply<"searchSimilarClaims">, { headers: { "Cache-Control": "public, max-age=30" } });
});
