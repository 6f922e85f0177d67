import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { splitClaim } from "@/server/data/claims/split-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await splitClaim(actor, params.id, await readJson(request, claimsApi.splitClaim.body))) satisfies ApiReply<"splitClaim">,
);
