import "server-only";
import { fts5MatchExpression, tsqueryExpression } from "@/domain/claim-matching/index-query-terms";
import { Prisma } from "../../../generated/sqlite/client";
import { databaseProvider, databaseUrl } from "../../database-url";
import { db } from "../../db";
import { withIndexScan } from "./search-candidates";

/** How many of other fact-checkers' reviews the index hands to the re-ranker. */
export const EXTERNAL_CANDIDATE_COUNT = 10;

/** An imported ClaimReview the index found (prisma ExternalReview). */
export interface ExternalCandidateRow {
  reviewId: string;
  claimText: string;
  ratingText: string;
  publisherName: string;
  url: string;
  reviewedAt: Date | null;
}

const SELECTED = Prisma.sql`e."id" AS "reviewId", e."claimText", e."ratingText", e."publisherName", e."url", e."reviewedAt"`;

/**
 * The best EXTERNAL_CANDIDATE_COUNT external reviews for any of the terms, from the same
 * full-text index as our claims (their rows join "ExternalReview", never "Claim"). Public data:
 * an editor imported them from feeds their publishers publish.
 */
export async function searchExternalCandidates(terms: readonly string[]): Promise<ExternalCandidateRow[]> {
  if (terms.length === 0) return [];
  let rows: ExternalCandidateRow[];
  if (databaseProvider(databaseUrl()) === "sqlite") {
    rows = await db.$queryRaw<ExternalCandidateRow[]>`SELECT ${SELECTED}
      FROM "ClaimSearch" JOIN "ClaimSearchRow" r ON r."rowid" = "ClaimSearch"."rowid" JOIN "ExternalReview" e ON e."id" = r."claimId"
      WHERE "ClaimSearch" MATCH ${fts5MatchExpression(terms)}
      ORDER BY bm25("ClaimSearch", 1.0, 1.0, 0.3, 0.6) LIMIT ${EXTERNAL_CANDIDATE_COUNT}`;
  } else {
    const query = tsqueryExpression(terms);
    if (!query) return [];
    rows = await withIndexScan(
      db.$queryRaw<ExternalCandidateRow[]>`SELECT ${SELECTED}
        FROM "ClaimSearch" s JOIN "ExternalReview" e ON e."id" = s."claimId"
        WHERE s."document" @@ to_tsquery('english', ${query})
        ORDER BY ts_rank(s."document", to_tsquery('english', ${query})) DESC, e."id" LIMIT ${EXTERNAL_CANDIDATE_COUNT}`,
    );
  }
  return rows.map((row) => ({ ...row, reviewedAt: row.reviewedAt === null ? null : new Date(row.reviewedAt) }));
}
