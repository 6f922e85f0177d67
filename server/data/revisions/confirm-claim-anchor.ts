import "server-only";
import type { Actor } from "../../authz";
import { AppError } from "../../errors";
import { latestRevision } from "../articles/find-article-for-actor";
import { changeClaim } from "../claims/change-claim";

/**
 * A reviewer confirms that an approximate match is the claim's text in the current revision: its
 * selectors already describe that text, so it becomes an exact anchor with full confidence.
 */
export async function confirmClaimAnchor(actor: Actor | null, claimId: string, version: number, slug?: string) {
  const { claim } = await changeClaim(actor, claimId, {
    version,
    slug,
    action: "claim.anchor.confirm",
    what: "confirm where this claim is",
    apply: async ({ tx, claim }) => {
      const revision = await latestRevision(tx, claim.articleId);
      if (claim.orphaned || claim.revisionId !== revision.id) {
        throw new AppError("INVALID_INPUT", "This claim is not placed on the current revision: re-attach it by selecting its text instead.");
      }
      return {
        data: { anchorMethod: "exact", anchorScore: 1 },
        audit: (updated) => ({
          before: { anchorMethod: claim.anchorMethod, anchorScore: claim.anchorScore },
          after: { anchorMethod: updated.anchorMethod, anchorScore: updated.anchorScore },
        }),
      };
    },
  });
  return claim;
}
