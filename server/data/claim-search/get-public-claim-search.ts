import "server-only";
import { unstable_cache } from "next/cache";
import { matchStrength } from "@/domain/claim-matching/match-thresholds";
import type { TExternalReviewMatch } from "@/domain/schemas/checked-before";
import type { TSimilarClaim } from "@/domain/schemas/claim-search";
import { CLAIM_SEARCH_CACHE_TAG } from "./get-published-similar-claims";
import { searchSimilarClaimsAndExternalReviews } from "./search-similar-claims";

const REVALIDATE_SECONDS = 30;
const EXTERNAL_SHOWN = 5;

export interface PublicClaimSearch {
  results: TSimilarClaim[];
  /** Other fact-checkers' reviews of a claim like this, above the lower match threshold. */
  external: TExternalReviewMatch[];
}

async function load(q: string, limit: number): Promise<PublicClaimSearch> {
  const found = await searchSimilarClaimsAndExternalReviews({ text: q, limit, externalLimit: EXTERNAL_SHOWN, scope: { kind: "published" } });
  return {
    results: found.claims.map(({ claimId, articleSlug, articleTitle, quote, restatement, verdict, score, url }) => ({
      claimId,
      articleSlug,
      articleTitle,
      quote,
      restatement,
      verdict: verdict as TSimilarClaim["verdict"],
      score,
      url,
    })),
    external: found.external.flatMap((match) => {
      const strength = matchStrength(match.score);
      return strength ? [{ ...match, reviewedAt: match.reviewedAt?.toISOString() ?? null, strength }] : [];
    }),
  };
}

/** The /claims page's search: published claims, and other fact-checkers' reviews, from Next's data cache. */
export function getPublicClaimSearch(q: string, limit: number): Promise<PublicClaimSearch> {
  return unstable_cache(() => load(q, limit), ["public-claim-search", q, String(limit)], { tags: [CLAIM_SEARCH_CACHE_TAG], revalidate: REVALIDATE_SECONDS })();
}
