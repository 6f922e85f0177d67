import "server-only";
import { db } from "../../db";
import type { Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findAnchorTarget, updateClaimAtVersion } from "./find-anchor-target";

/**
 * A reviewer confirms that an approximate match is the claim's text in the current revision: its
 * selectors already describe that text, so it becomes an exact anchor with full confidence.
 */
export async function confirmClaimAnchor(actor: Actor | null, claimId: string, version: number, slug?: string) {
  const result = await db.$transaction(async (tx) => {
    const { claim, revision } = await findAnchorTarget(tx, actor, claimId, version, "confirm where this claim is", slug);
    if (claim.orphaned || claim.revisionId !== revision.id) {
      throw new AppError("INVALID_INPUT", "This claim is not placed on the current revision: re-attach it by selecting its text instead.");
    }
    const updated = await updateClaimAtVersion(tx, claim.id, version, { anchorMethod: "exact", anchorScore: 1 });
    await recordAuditEvent(tx, actor, {
      action: "claim.anchor.confirm",
      entityType: "Claim",
      entityId: claim.id,
      articleId: claim.articleId,
      before: { anchorMethod: claim.anchorMethod, anchorScore: claim.anchorScore },
      after: { anchorMethod: updated.anchorMethod, anchorScore: updated.anchorScore },
    });
    return updated;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
