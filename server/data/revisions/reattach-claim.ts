import "server-only";
import type { Actor } from "../../authz";
import { latestRevision } from "../articles/find-article-for-actor";
import { changeClaim } from "../claims/change-claim";
import { claimSpan } from "../claims/claim-span";

/**
 * Places a claim (usually an orphan) on a span of the current revision a reviewer selected,
 * snapped to whole words. A claim placed by hand has no automatic method or score, like a new one.
 */
export async function reattachClaim(actor: Actor | null, claimId: string, input: { version: number; start: number; end: number }, slug?: string) {
  const { claim } = await changeClaim(actor, claimId, {
    version: input.version,
    slug,
    action: "claim.anchor.reattach",
    what: "re-attach this claim",
    apply: async ({ tx, claim }) => {
      const revision = await latestRevision(tx, claim.articleId);
      const span = claimSpan(revision.text, input.start, input.end);
      return { data: { revisionId: revision.id, ...span, anchorMethod: null, anchorScore: null, orphaned: false } };
    },
  });
  return claim;
}
