import "server-only";
import { revalidateTag } from "next/cache";
import { CLAIM_SEARCH_CACHE_TAG } from "../claim-search/get-published-similar-claims";

/** The public claim searches (/claims) are cached: new external reviews must show at once. Outside a Next request there is no cache to expire. */
export function expirePublicClaimSearches(): void {
  try {
    revalidateTag(CLAIM_SEARCH_CACHE_TAG, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
