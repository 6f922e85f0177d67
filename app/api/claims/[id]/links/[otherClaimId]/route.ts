import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { unlinkClaims } from "@/server/data/claim-links/unlink-claims";
import { routeHandler } from "@/server/http/route-handler";

/** Removes the "same claim as" link between the two claims (the undo of linking them). */
export const DELETE = routeHandler<{ id: string; otherClaimId: string }>(async ({ actor, params }) => {
  const { id, otherClaimId } = claimsApi.unlinkClaim.params.parse(params);
  return (await unlinkClaims(actor, id, otherClaimId)) satisfies ApiReply<"unlinkClaim">;
});
