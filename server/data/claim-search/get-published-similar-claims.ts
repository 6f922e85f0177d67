import "server-only";
import { unstable_cache } from "next/cache";
import type { TSimilarClaimsResponse } from "@/domain/schemas/claim-search";
import { searchSimilarClaims } from "./search-similar-claims";

/** Tags every cached public search; revalidateReviewPages expires them on any change to a review. */
export const CLAIM_SEARCH_CACHE_TAG = "claim-search";

/** The same fallback as the reader page's, for instances that did not see the change. */
const REVALIDATE_SECONDS = 30;

async function load(q: string, limit: number): Promise<TSimilarClaimsResponse> {
  const matches = await searchSimilarClaims({ text: q, limit, scope: { kind: "published" } });
  return {
    results: matches.map(({ claimId, articleSlug, articleTitle, quote, restatement, verdict, score, url }) => ({
      claimId,
      articleSlug,
      articleTitle,
      quote,
      restatement,
      verdict: verdict as TSimilarClaimsResponse["results"][number]["verdict"],
      score,
      url,
    })),
  };
}

/**
 * The public "Checked before?" search: published reviews only, the same answer for everyone,
 * from Next's data cache (keyed by the query as typed and the limit).
 */
export function getPublishedSimilarClaims(q: string, limit: number): Promise<TSimilarClaimsResponse> {
  return unstable_cache(() => load(q, limit), ["claim-search", q, String(limit)], { tags: [CLAIM_SEARCH_CACHE_TAG], revalidate: REVALIDATE_SECONDS })();
}
