import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { resizeClaim } from "@/server/data/claims/resize-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await resizeClaim(actor, params.id, await readJson(request, claimsApi.resizeClaim.body))) satisfies ApiReply<"resizeClaim">,
);
