import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { linkClaims } from "@/server/data/claim-links/link-claims";
import { listClaimLinks } from "@/server/data/claim-links/list-claim-links";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** The claims linked to this one ("same claim as") that the reviewer may see. */
export const GET = routeHandler<{ id: string }>(async ({ actor, params }) => ({ links: await listClaimLinks(actor, params.id) }) satisfies ApiReply<"listClaimLinks">);

/** Links this claim to another ("same claim as"); 201 when made, 200 when the link was already there. */
export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const result = await linkClaims(actor, params.id, await readJson(request, claimsApi.linkClaim.body));
  return Response.json(result satisfies ApiReply<"linkClaim">, { status: result.created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
