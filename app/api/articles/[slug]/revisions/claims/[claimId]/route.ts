import type { ApiReply } from "@/domain/schemas/api/contract";
import { revisionsApi } from "@/domain/schemas/api/revisions";
import { confirmClaimAnchor } from "@/server/data/revisions/confirm-claim-anchor";
import { detachClaimAnchor } from "@/server/data/revisions/detach-claim-anchor";
import { reattachClaim } from "@/server/data/revisions/reattach-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** After a re-import: confirm an approximate match, detach it into an orphan, or re-attach a claim to selected text. */
export const POST = routeHandler<{ slug: string; claimId: string }>(async ({ request, actor, params }) => {
  const input = await readJson(request, revisionsApi.changeClaimAnchor.body);
  const claim =
    input.action === "confirm"
      ? await confirmClaimAnchor(actor, params.claimId, input.version, params.slug)
      : input.action === "detach"
        ? await detachClaimAnchor(actor, params.claimId, input.version, params.slug)
        : await reattachClaim(actor, params.claimId, input, params.slug);
  return {
    id: claim.id,
    version: claim.version,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    anchorMethod: claim.anchorMethod,
    anchorScore: claim.anchorScore,
    orphaned: claim.orphaned,
  } satisfies ApiReply<"changeClaimAnchor">;
});
