import "server-only";
import { ratingDecidesVerdict } from "@/domain/ratings/consensus-rules";
import type { Verdict } from "@/domain/ratings/scale";
import type { TRateClaimInput } from "@/domain/schemas/inputs";
import { can, type Actor } from "../../authz";
import { changeClaim } from "../claims/change-claim";

/**
 * Records the actor's own rating of a claim, against the claim version they saw (a rating is a
 * change of the claim: a stale one is a conflict carrying the claim and their stored rating).
 * The published verdict follows domain/ratings/consensus-rules.ts.
 */
export async function rateClaim(actor: Actor | null, claimId: string, input: TRateClaimInput) {
  const { version, ...fields } = input;
  const { claim, result } = await changeClaim(actor, claimId, {
    version,
    action: "rating.save",
    what: "rate this claim",
    permission: "rateClaims",
    conflictDetails: async ({ tx, claim, actor }) => ({
      rating: await tx.rating.findUnique({ where: { claimId_reviewerId: { claimId: claim.id, reviewerId: actor.id } } }),
    }),
    apply: async ({ tx, claim, actor }) => {
      const reviewerId = actor.id;
      const ratingsBefore = await tx.rating.findMany({ where: { claimId }, select: { verdict: true } });
      const before = await tx.rating.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId } } });
      const rating = await tx.rating.upsert({
        where: { claimId_reviewerId: { claimId, reviewerId } },
        create: { claimId, reviewerId, ...fields },
        update: fields,
      });
      const ratingsAfter = await tx.rating.findMany({ where: { claimId }, select: { verdict: true } });
      const current = claim.verdict as Verdict | null;
      const consensusChanged = ratingDecidesVerdict({
        byEditor: can.setConsensusVerdict(actor),
        current,
        ratingsBefore: ratingsBefore.map((r) => r.verdict as Verdict),
        ratingsAfter: ratingsAfter.map((r) => r.verdict as Verdict),
        rated: fields.verdict,
      });
      return {
        data: consensusChanged ? { verdict: fields.verdict, rationale: fields.rationale || claim.rationale, checkable: fields.verdict !== "not_checkable" } : {},
        audit: () => ({ entityType: "Rating", entityId: rating.id, before, after: rating }),
        result: { rating, consensusChanged },
      };
    },
  });
  return { rating: result.rating, claim, consensusChanged: result.consensusChanged };
}
