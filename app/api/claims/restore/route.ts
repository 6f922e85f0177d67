import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { restoreClaim } from "@/server/data/claims/restore-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Undo of a deletion: the claim comes back from its claim.delete audit record. */
export const POST = routeHandler(async ({ request, actor }) => {
  const { claimId } = await readJson(request, claimsApi.restoreClaim.body);
  return Response.json((await restoreClaim(actor, claimId)) satisfies ApiReply<"restoreClaim">, { status: 201 });
});
