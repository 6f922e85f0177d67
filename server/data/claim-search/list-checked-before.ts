import "server-only";
import { matchStrength } from "@/domain/claim-matching/match-thresholds";
import type { TCheckedBeforeMatch } from "@/domain/schemas/checked-before";
import type { ArticleStatus, Verdict } from "@/domain/ratings/scale";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findClaimForActor } from "../claims/find-claim-for-actor";
import { searchSimilarClaims } from "./search-similar-claims";

const SHOWN = 5;

/**
 * The workspace's "Checked before" panel for one claim: published reviews and the reviews in
 * progress the reviewer may see that checked the same claim, above the lower threshold, best
 * first, the strongest marked "probably the same claim".
 */
export async function listCheckedBefore(actor: Actor | null, claimId: string): Promise<TCheckedBeforeMatch[]> {
  const { claim, facts } = await findClaimForActor(db, actor, claimId);
  const user = authorize(can.useWorkspace(actor) && can.readArticle(actor, facts), actor, "look for earlier reviews of this claim");
  const text = claim.restatement.trim() || claim.exact;
  const matches = await searchSimilarClaims({ text, limit: SHOWN, scope: { kind: "workspace", actor: user }, excludeClaimId: claim.id });
  return matches.flatMap((match) => {
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
}
