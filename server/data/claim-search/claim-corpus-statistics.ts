import "server-only";
import { buildCorpusStatistics, type CorpusStatistics } from "@/domain/claim-matching/corpus-statistics";
import { candidateFieldStems } from "@/domain/claim-matching/match-candidate";
import { parseTags } from "./search-candidates";
import { db } from "../../db";
import { searchIndexVersion } from "./search-index-version";

/**
 * The re-ranker's document frequencies over every indexed claim (and external review), kept in this process and
 * rebuilt when the index has changed (its version moved). The version is read at most every
 * REBUILD_INTERVAL_MS, so a search mostly costs no query for it: in between, a slightly stale idf
 * changes a score by little, while which claims are found and what they say always comes from
 * the database at query time.
 */
const REBUILD_INTERVAL_MS = 30_000;

interface CachedStatistics {
  version: string;
  /** When the version was last read (at the build, or since, finding it unchanged). */
  checkedAt: number;
  stats: CorpusStatistics;
}

const globalForStats = globalThis as unknown as { claimcheckCorpusStatistics?: CachedStatistics; claimcheckCorpusBuild?: Promise<CachedStatistics> };

async function build(version: string): Promise<CachedStatistics> {
  const claims = await db.claim.findMany({ select: { id: true, exact: true, restatement: true, tagsJson: true, article: { select: { title: true } } } });
  // Other fact-checkers' reviews share the index: they count as documents too.
  const external = await db.externalReview.findMany({ select: { id: true, claimText: true } });
  const stats = buildCorpusStatistics([
    ...claims.map((claim) =>
      candidateFieldStems({ claimId: claim.id, quote: claim.exact, restatement: claim.restatement, tags: parseTags(claim.tagsJson), articleTitle: claim.article.title }),
    ),
    ...external.map((review) => candidateFieldStems({ claimId: review.id, quote: review.claimText, restatement: "", tags: [], articleTitle: "" })),
  ]);
  return { version, checkedAt: Date.now(), stats };
}

export async function claimCorpusStatistics(): Promise<CorpusStatistics> {
  const cached = globalForStats.claimcheckCorpusStatistics;
  if (cached && Date.now() - cached.checkedAt < REBUILD_INTERVAL_MS) return cached.stats;
  const version = await searchIndexVersion(db);
  if (cached && cached.version === version) {
    cached.checkedAt = Date.now();
    return cached.stats;
  }
  // One build at a time; concurrent searches wait for the same one.
  globalForStats.claimcheckCorpusBuild ??= build(version).finally(() => {
    globalForStats.claimcheckCorpusBuild = undefined;
  });
  const built = await globalForStats.claimcheckCorpusBuild;
  globalForStats.claimcheckCorpusStatistics = built;
  return built.stats;
}

/** Tests and benchmarks that rebuild the database in one process start from nothing. */
export function forgetClaimCorpusStatistics(): void {
  globalForStats.claimcheckCorpusStatistics = undefined;
}
