import "server-only";
import type { TSetConsensusInput } from "@/domain/schemas/editor-inputs";
import { authorize, can, type Actor } from "../../authz";
import { changeClaim } from "../claims/change-claim";

/**
 * The editor resolves a claim's published verdict. Saved only against the version the editor
 * saw: if the claim changed meanwhile, nothing is written and the conflict carries the claim.
 */
export async function setConsensusVerdict(actor: Actor | null, claimId: string, input: TSetConsensusInput) {
  authorize(can.setConsensusVerdict(actor), actor, "set a claim's consensus verdict");
  const { claim } = await changeClaim(actor, claimId, {
    version: input.version,
    action: "claim.consensus",
    what: "change a claim of an archived article",
    apply: async ({ claim }) => ({
      data: { verdict: input.verdict, ...(input.verdict === null ? {} : { checkable: input.verdict !== "not_checkable" }) },
      audit: (updated) => ({ before: { verdict: claim.verdict, version: claim.version }, after: { verdict: updated.verdict, version: updated.version } }),
    }),
  });
  return claim;
}
