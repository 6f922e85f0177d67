import "server-only";
import type { TSplitClaimInput } from "@/domain/schemas/inputs";
import type { Actor } from "../../authz";
import { AppError } from "../../errors";
import { latestRevision } from "../articles/find-article-for-actor";
import { changeClaim } from "./change-claim";
import { claimSpan } from "./claim-span";

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
  const { claim: first, result: second } = await changeClaim(actor, claimId, {
    version: input.version,
    action: "claim.split",
    what: "split this claim",
    apply: async ({ tx, claim, actor }) => {
      const revision = await latestRevision(tx, claim.articleId);
      const at = splitPointAtWordStart(revision.text, input.at);
      if (at <= claim.start || at >= claim.end) {
        throw new AppError("INVALID_INPUT", "Split the claim at a word inside it, not at its first word.", { fieldErrors: { at: ["Choose a word inside the claim, after its first word."] } });
      }
      const firstSpan = claimSpan(revision.text, claim.start, at, "at");
      const secondSpan = claimSpan(revision.text, at, claim.end, "at");
      const created = await tx.claim.create({
        data: {
          articleId: claim.articleId,
          revisionId: revision.id,
          ...secondSpan,
          checkable: claim.checkable,
          verdict: claim.checkable ? null : "not_checkable",
          tagsJson: claim.tagsJson,
          createdById: actor.id,
        },
      });
      const evidence = await tx.evidence.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } });
      for (const item of evidence) {
        await tx.evidence.create({
          data: { claimId: created.id, sourceId: item.sourceId, position: item.position, finding: item.finding, locator: item.locator, stance: item.stance, studyDesign: item.studyDesign, note: item.note },
        });
      }
      return {
        data: { ...firstSpan, revisionId: revision.id },
        audit: (updated) => ({ after: { first: updated, second: created } }),
        result: created,
      };
    },
  });
  return { first, second };
}
