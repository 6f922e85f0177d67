import { ZRestoreClaimInput } from "@/domain/schemas/inputs";
import { restoreClaim } from "@/server/data/claims/restore-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Undo of a deletion: the claim comes back from its claim.delete audit record. */
export const POST = routeHandler(async ({ request, actor }) => {
  const { claimId } = await readJson(request, ZRestoreClaimInput);
  return Response.json(await restoreClaim(actor, claimId), { status: 201 });
});
