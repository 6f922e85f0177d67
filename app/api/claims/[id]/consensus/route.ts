import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { setConsensusVerdict } from "@/server/data/consensus/set-consensus-verdict";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** PUT /api/claims/<id>/consensus {version, verdict}: editors set the claim's published verdict. */
export const PUT = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const claim = await setConsensusVerdict(actor, params.id, await readJson(request, claimsApi.setConsensus.body));
  return { id: claim.id, verdict: claim.verdict, version: claim.version } satisfies ApiReply<"setConsensus">;
});
