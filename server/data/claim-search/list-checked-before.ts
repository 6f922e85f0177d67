import "server-only";
import { matchStrength } from "@/domain/claim-matching/match-thresholds";
import type { TCheckedBeforeResponse, TExternalReviewMatch } from "@/domain/schemas/checked-before";
import type { ArticleStatus, Verdict } from "@/domain/ratings/scale";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findClaimForActor } from "../claims/find-claim-for-actor";
import { searchSimilarClaimsAndExternalReviews, type ExternalMatch } from "./search-similar-claims";

const SHOWN = 5;
const EXTERNAL_SHOWN = 3;

/**
 * The workspace's "Checked before" panel for one claim: published reviews and the reviews in
 * progress the reviewer may see that checked the same claim, above the lower threshold, best
 * first, the strongest marked "probably the same claim"; and other fact-checkers' reviews of it
 * (imported ClaimReviews) by the same thresholds.
 */
export async function listCheckedBefore(actor: Actor | null, claimId: string): Promise<TCheckedBeforeResponse> {
  const { claim, facts } = await findClaimForActor(db, actor, claimId);
  const user = authorize(can.useWorkspace(actor) && can.readArticle(actor, facts), actor, "look for earlier reviews of this claim");
  const text = claim.restatement.trim() || claim.exact;
  const found = await searchSimilarClaimsAndExternalReviews({ text, limit: SHOWN, externalLimit: EXTERNAL_SHOWN, scope: { kind: "workspace", actor: user }, excludeClaimId: claim.id });
  const matches = found.claims.flatMap((match) => {
    const strength = matchStrength(match.score);
    if (!strength) return [];
    return [
      {
        claimId: match.claimId,
        articleSlug: match.articleSlug,
        articleTitle: match.articleTitle,
        articleStatus: match.articleStatus as ArticleStatus,
        quote: match.quote,
        restatement: match.restatement,
        verdict: match.verdict as Verdict | null,
        score: match.score,
        strength,
        url: match.articleStatus === "published" ? match.url : `/review/${encodeURIComponent(match.articleSlug)}`,
        checkedAt: match.checkedAt.toISOString(),
        evidenceCount: match.evidenceCount,
      },
    ];
  });
  return { matches, external: found.external.flatMap((match) => externalMatch(match) ?? []) };
}

function externalMatch(match: ExternalMatch): TExternalReviewMatch | null {
  const strength = matchStrength(match.score);
  if (!strength) return null;
  return { ...match, reviewedAt: match.reviewedAt?.toISOString() ?? null, strength };
}
