import "server-only";
import { mayChangeVerdictDirectly } from "@/domain/ratings/consensus-rules";
import type { Verdict } from "@/domain/ratings/scale";
import type { TUpdateClaimInput } from "@/domain/schemas/inputs";
import type { Actor } from "../../authz";
import { can } from "../../authz";
import { AppError } from "../../errors";
import { changeClaim } from "./change-claim";

/**
 * Saves a claim's restatement, tags, checkable flag or (editors only, by the consensus rules)
 * verdict. The caller sends the version it edited; if someone saved in between, nothing is
 * written and the conflict carries the current claim so the user sees both versions.
 */
export async function updateClaim(actor: Actor | null, claimId: string, input: TUpdateClaimInput) {
  const { claim } = await changeClaim(actor, claimId, {
    version: input.version,
    action: "claim.update",
    what: "edit this claim",
    apply: async ({ tx, claim }) => {
      const { version: _version, tags, verdict, ...fields } = input;
      const current = claim.verdict as Verdict | null;
      const requested = requestedVerdict(current, verdict, fields.checkable);
      if (requested !== undefined && requested !== current) {
        const ratings = (await tx.rating.findMany({ where: { claimId: claim.id }, select: { verdict: true } })).map((r) => r.verdict as Verdict);
        if (!mayChangeVerdictDirectly({ byEditor: can.setConsensusVerdict(actor), current, ratings, requested })) {
          throw new AppError(
            "FORBIDDEN",
            "The published verdict is the editors' consensus: rate the claim instead, and an editor resolves it when ratings differ. Nothing was saved.",
          );
        }
      }
      return {
        data: {
          ...fields,
          ...(tags ? { tagsJson: JSON.stringify(tags) } : {}),
          ...(requested !== undefined ? { verdict: requested } : {}),
          ...(requested !== undefined && requested !== null && fields.checkable === undefined ? { checkable: requested !== "not_checkable" } : {}),
        },
      };
    },
  });
  return claim;
}

/** The verdict this edit asks for, or undefined when it leaves the verdict alone. */
function requestedVerdict(current: Verdict | null, verdict: Verdict | null | undefined, checkable: boolean | undefined): Verdict | null | undefined {
  if (checkable === false) return "not_checkable";
  if (checkable === true && verdict === undefined) return current === "not_checkable" ? null : undefined;
  return verdict;
}
