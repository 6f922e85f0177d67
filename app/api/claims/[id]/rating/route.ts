import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { rateClaim } from "@/server/data/ratings/rate-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PUT = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await rateClaim(actor, params.id, await readJson(request, claimsApi.rateClaim.body))) satisfies ApiReply<"rateClaim">,
);
