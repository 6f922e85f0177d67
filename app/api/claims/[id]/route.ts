import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { getWorkspaceClaim } from "@/server/data/claims/get-workspace-claim";
import { deleteClaim } from "@/server/data/claims/delete-claim";
import { updateClaim } from "@/server/data/claims/update-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** One claim's details for the workspace editor, fetched when the claim is opened: rationale, ratings, evidence with citations. */
export const GET = routeHandler<{ id: string }>(async ({ actor, params }) => (await getWorkspaceClaim(actor, params.id)) satisfies ApiReply<"getWorkspaceClaim">);

export const PATCH = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await updateClaim(actor, params.id, await readJson(request, claimsApi.updateClaim.body))) satisfies ApiReply<"updateClaim">,
);

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await deleteClaim(actor, params.id);
  return { ok: true } satisfies ApiReply<"deleteClaim">;
});
