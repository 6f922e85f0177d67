import "server-only";
import { buildWorkspaceClaimDetails, type WorkspaceClaimDetails } from "@/domain/overlay/workspace-model";
import { ZVerdict } from "@/domain/schemas/review";
import { db, type Db } from "../../db";
import type { Actor } from "../../authz";
import { toEvidenceRecord } from "../articles/get-review-document";
import { ratingReviewer } from "../articles/rating-reviewer";
import { completeSourceReferences } from "../sources/complete-source-references";
import { findClaimForActor } from "./find-claim-for-actor";

/**
 * One claim as the workspace editor opens it: its rationale, every rating (reviewer emails as
 * ratingReviewer allows), and its evidence with each source's citation. For whoever may read
 * the claim's article (the same readers as the review document); NOT_FOUND otherwise.
 */
export async function getWorkspaceClaim(actor: Actor | null, claimId: string, client: Db = db): Promise<WorkspaceClaimDetails> {
  const { claim } = await findClaimForActor(client, actor, claimId);
  const [evidence, ratings] = await Promise.all([
    client.evidence.findMany({ where: { claimId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { source: true } }),
    client.rating.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, include: { reviewer: { select: { id: true, email: true, name: true } } } }),
  ]);
  const sourceRows = [...new Map(evidence.map((item) => [item.sourceId, item.source])).values()];
  const sources = new Map((await completeSourceReferences(sourceRows, client)).map((source) => [source.id, source]));
  return buildWorkspaceClaimDetails(
    {
      id: claim.id,
      version: claim.version,
      checkable: claim.checkable,
      restatement: claim.restatement,
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      verdict: claim.verdict === null ? null : ZVerdict.parse(claim.verdict),
      rationale: claim.rationale,
      evidence: evidence.map(toEvidenceRecord),
      ratings: ratings.map((rating) => ({
        ...ratingReviewer(rating.reviewer, actor),
        verdict: ZVerdict.parse(rating.verdict),
        confidence: rating.confidence,
        rationale: rating.rationale,
      })),
    },
    sources,
  );
}
