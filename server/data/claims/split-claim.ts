import "server-only";
import type { TSplitClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { latestRevision } from "../articles/find-article-for-actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { claimSpan, conflict } from "./claim-span";
import { findClaimForActor } from "./find-claim-for-actor";

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’\-_]/u;

/** Moves a split point inside a word back to that word's start, so no word is cut in two. */
export function splitPointAtWordStart(text: string, at: number): number {
  let point = at;
  while (point > 0 && WORD_CHAR.test(text[point] ?? "") && WORD_CHAR.test(text[point - 1] ?? "")) point--;
  return point;
}

/**
 * Splits a claim in two at a word: the first part keeps the claim (its restatement, verdict,
 * ratings and evidence); the second part is a new claim that gets a copy of the evidence,
 * since what supports the whole usually bears on both halves.
 */
export async function splitClaim(actor: Actor | null, claimId: string, input: TSplitClaimInput) {
  const result = await db.$transaction(async (tx) => {
    const { claim, facts } = await findClaimForActor(tx, actor, claimId);
    const author = authorize(can.editReview(actor, facts), actor, "split this claim");
    const revision = await latestRevision(tx, claim.articleId);
    const at = splitPointAtWordStart(revision.text, input.at);
    if (at <= claim.start || at >= claim.end) {
      throw new AppError("INVALID_INPUT", "Split the claim at a word inside it, not at its first word.", { fieldErrors: { at: ["Choose a word inside the claim, after its first word."] } });
    }
    const first = claimSpan(revision.text, claim.start, at, "at");
    const second = claimSpan(revision.text, at, claim.end, "at");
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: { ...first, revisionId: revision.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(claim);
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        revisionId: revision.id,
        ...second,
        checkable: claim.checkable,
        verdict: claim.checkable ? null : "not_checkable",
        tagsJson: claim.tagsJson,
        createdById: author.id,
      },
    });
    const evidence = await tx.evidence.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } });
    for (const item of evidence) {
      await tx.evidence.create({
        data: { claimId: created.id, sourceId: item.sourceId, position: item.position, finding: item.finding, locator: item.locator, stance: item.stance, studyDesign: item.studyDesign, note: item.note },
      });
    }
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordAuditEvent(tx, actor, { action: "claim.split", entityType: "Claim", entityId: claim.id, articleId: claim.articleId, before: claim, after: { first: updated, second: created } });
    return { first: updated, second: created };
  });
  await revalidateReviewPages(result.first.articleId);
  return result;
}
