import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { deleteClaim } from "@/server/data/claims/delete-claim";
import { updateClaim } from "@/server/data/claims/update-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PATCH = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await updateClaim(actor, params.id, await readJson(request, claimsApi.updateClaim.body))) satisfies ApiReply<"updateClaim">,
);

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await deleteClaim(actor, params.id);
  return { ok: true } satisfies ApiReply<"deleteClaim">;
});
