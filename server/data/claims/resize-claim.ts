import "server-only";
import type { TResizeClaimInput } from "@/domain/schemas/inputs";
import type { Actor } from "../../authz";
import { latestRevision } from "../articles/find-article-for-actor";
import { changeClaim } from "./change-claim";
import { claimSpan } from "./claim-span";

/** Moves a claim's boundaries (snapped to whole words) on the article's current text; refused with a conflict when the version is stale. */
export async function resizeClaim(actor: Actor | null, claimId: string, input: TResizeClaimInput) {
  const { claim } = await changeClaim(actor, claimId, {
    version: input.version,
    action: "claim.resize",
    what: "adjust this claim",
    apply: async ({ tx, claim }) => {
      const revision = await latestRevision(tx, claim.articleId);
      const span = claimSpan(revision.text, input.start, input.end);
      return { data: { ...span, revisionId: revision.id, anchorMethod: null, anchorScore: null, orphaned: false } };
    },
  });
  return claim;
}
