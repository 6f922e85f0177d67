import "server-only";
import { describeRange } from "@/domain/anchoring/describe-range";
import { snapToWordBoundaries } from "@/domain/text/word-boundaries";
import { db } from "../../db";
import type { Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findAnchorTarget, updateClaimAtVersion } from "./find-anchor-target";

/**
 * Places a claim (usually an orphan) on a span of the current revision a reviewer selected,
 * snapped to whole words. A claim placed by hand has no automatic method or score, like a new one.
 */
export async function reattachClaim(actor: Actor | null, claimId: string, input: { version: number; start: number; end: number }, slug?: string) {
  const result = await db.$transaction(async (tx) => {
    const { claim, revision } = await findAnchorTarget(tx, actor, claimId, input.version, "re-attach this claim", slug);
    if (input.end > revision.text.length) {
      throw new AppError("INVALID_INPUT", `The selection ends at ${input.end}, past the end of the text (${revision.text.length}).`, { fieldErrors: { end: ["Past the end of the text."] } });
    }
    const { start, end } = snapToWordBoundaries(revision.text, input.start, input.end);
    if (end <= start) throw new AppError("INVALID_INPUT", "The selection holds no words.", { fieldErrors: { start: ["Select at least one word."] } });
    const { quote } = describeRange(revision.text, start, end);
    const updated = await updateClaimAtVersion(tx, claim.id, input.version, {
      revisionId: revision.id,
      start,
      end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      anchorMethod: null,
      anchorScore: null,
      orphaned: false,
    });
    await recordAuditEvent(tx, actor, { action: "claim.anchor.reattach", entityType: "Claim", entityId: claim.id, articleId: claim.articleId, before: claim, after: updated });
    return updated;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
