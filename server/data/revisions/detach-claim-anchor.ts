import "server-only";
import { REVISION_IMPORT_ACTION, ZImportSummary, type TAnchorSnapshot } from "@/domain/revisions/import-summary";
import type { Tx } from "../../db";
import type { Actor } from "../../authz";
import { AppError } from "../../errors";
import { changeClaim } from "../claims/change-claim";

/**
 * A reviewer rejects where re-anchoring put a claim: it becomes an orphan again, back on the
 * revision and selectors it had before the import that placed it, so readers see its original
 * quote in the notice of claims that could not be located. Evidence and ratings stay.
 */
export async function detachClaimAnchor(actor: Actor | null, claimId: string, version: number, slug?: string) {
  const { claim } = await changeClaim(actor, claimId, {
    version,
    slug,
    action: "claim.anchor.detach",
    what: "detach this claim",
    apply: async ({ tx, claim }) => {
      if (claim.orphaned) throw new AppError("INVALID_INPUT", "This claim is already an orphan: re-attach it by selecting its text.");
      const before = await anchorBeforeLastImport(tx, claim.articleId, claim.id);
      const restored = before
        ? { revisionId: before.revisionId, start: before.start, end: before.end, exact: before.exact, prefix: before.prefix, suffix: before.suffix }
        : {};
      return { data: { ...restored, orphaned: true, anchorScore: 0 } };
    },
  });
  return claim;
}

async function anchorBeforeLastImport(tx: Tx, articleId: string, claimId: string): Promise<TAnchorSnapshot | null> {
  const event = await tx.auditEvent.findFirst({ where: { articleId, action: REVISION_IMPORT_ACTION }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!event?.afterJson) return null;
  const summary = ZImportSummary.safeParse(JSON.parse(event.afterJson));
  if (!summary.success) return null;
  const outcome = summary.data.outcomes.find((o) => o.claimId === claimId);
  if (!outcome) return null;
  const stillThere = await tx.articleRevision.count({ where: { id: outcome.before.revisionId } });
  return stillThere ? outcome.before : null;
}
