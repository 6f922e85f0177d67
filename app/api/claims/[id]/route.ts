import { ZUpdateClaimInput } from "@/domain/schemas/inputs";
import { deleteClaim } from "@/server/data/claims/delete-claim";
import { updateClaim } from "@/server/data/claims/update-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PATCH = routeHandler<{ id: string }>(async ({ request, actor, params }) =>
  updateClaim(actor, params.id, await readJson(request, ZUpdateClaimInput)),
);

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await deleteClaim(actor, params.id);
  return { ok: true };
});
