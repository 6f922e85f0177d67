import "server-only";
import { SizedLruMap } from "@/domain/support/sized-lru-map";
import type { ReaderClaimDetails } from "@/domain/overlay/reader-model";

/** CLAIMCHECK_CLAIM_DETAILS_CACHE_MB: memory for published claims' details per instance (default 16). */
function budgetBytes(): number {
  const megabytes = Number(process.env.CLAIMCHECK_CLAIM_DETAILS_CACHE_MB ?? 16);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 16) * 1024 * 1024;
}

const globalForCache = globalThis as unknown as { claimcheckClaimDetails?: SizedLruMap<string, ReaderClaimDetails> };

/**
 * The details of published claims (what the reader's dialog fetches), keyed by slug, claim and
 * the review's page version, like the rendered pages: any change to the review bumps the
 * version, so every instance stops serving the old details at once, and old entries age out
 * within a memory budget (sized by their JSON length).
 */
export const claimDetailsCache: SizedLruMap<string, ReaderClaimDetails> = (globalForCache.claimcheckClaimDetails ??= new SizedLruMap(
  budgetBytes(),
  20_000,
  (details) => JSON.stringify(details).length,
));

export function claimDetailsKey(slug: string, claimId: string, pageVersion: number): string {
  return `${slug}\n${claimId}\n${pageVersion}`;
}
