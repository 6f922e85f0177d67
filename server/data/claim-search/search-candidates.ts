import "server-only";
import { fts5MatchExpression, tsqueryExpression } from "@/domain/claim-matching/index-query-terms";
import { Prisma } from "../../../generated/sqlite/client";
import type { Actor } from "../../authz";
import { databaseProvider, databaseUrl } from "../../database-url";
import { db } from "../../db";

/**
 * How many candidates the full-text index hands to the re-ranker. 30, not 100: on the CLEF dev
 * queries the re-ranked top 5 are as good from the index's first 30 (MAP@5 0.794 from 100,
 * 0.794 from 30, 0.795 from 20; bench/claim-matching/profile-latency.ts), and each candidate
 * the re-ranker has not analysed yet costs about 0.1 ms.
 */
export const CANDIDATE_COUNT = 30;

/** A claim the index found, with what the re-ranker and the answer need. */
export interface CandidateRow {
  claimId: string;
  quote: string;
  restatement: string;
  tagsJson: string;
  verdict: string | null;
  checkedAt: Date;
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  articleStatus: string;
}

/**
 * Which claims a search may see: published reviews for everyone; a reviewer also sees the
 * reviews they work on (created or assigned), an editor every review.
 */
export type SearchScope = { kind: "published" } | { kind: "workspace"; actor: Actor };

function scopeCondition(scope: SearchScope): Prisma.Sql {
  if (scope.kind === "published") return Prisma.sql`a."status" = 'published'`;
  const { actor } = scope;
  if (actor.role === "editor" || actor.role === "admin") return Prisma.sql`1 = 1`;
  return Prisma.sql`(a."status" = 'published' OR a."createdById" = ${actor.id}
    OR EXISTS (SELECT 1 FROM "Assignment" s WHERE s."articleId" = a."id" AND s."userId" = ${actor.id}))`;
}

const SELECTED = Prisma.sql`c."id" AS "claimId", c."exact" AS "quote", c."restatement", c."tagsJson", c."verdict", c."updatedAt" AS "checkedAt",
  a."id" AS "articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", a."status" AS "articleStatus"`;

/**
 * PostgreSQL ranks this many index rows first, before joining them to their claims and
 * articles to apply the scope (bench/README.md, "Claim matching": PostgreSQL index query).
 */
export const RANKED_BEFORE_SCOPE = 100;

/**
 * The best CANDIDATE_COUNT claims for any of the terms by the database's own ranking (FTS5's
 * bm25 on SQLite, ts_rank on PostgreSQL), within the scope; excludeClaimId (the claim being
 * edited) is left out.
 */
export async function searchCandidates(terms: readonly string[], scope: SearchScope, excludeClaimId?: string): Promise<CandidateRow[]> {
  if (terms.length === 0) return [];
  const exclude = excludeClaimId ? Prisma.sql`AND c."id" <> ${excludeClaimId}` : Prisma.empty;
  let rows: CandidateRow[];
  if (databaseProvider(databaseUrl()) === "sqlite") {
    // Column weights: quote, restatement, tags, title.
    rows = await db.$queryRaw<CandidateRow[]>`SELECT ${SELECTED}
      FROM "ClaimSearch" JOIN "ClaimSearchRow" r ON r."rowid" = "ClaimSearch"."rowid"
      JOIN "Claim" c ON c."id" = r."claimId" JOIN "Article" a ON a."id" = c."articleId"
      WHERE "ClaimSearch" MATCH ${fts5MatchExpression(terms)} AND ${scopeCondition(scope)} ${exclude}
      ORDER BY bm25("ClaimSearch", 1.0, 1.0, 0.3, 0.6) LIMIT ${CANDIDATE_COUNT}`;
  } else {
    const query = tsqueryExpression(terms);
    if (!query) return [];
    // The index rows are ranked first, alone, and then joined to apply the scope. When
    // CANDIDATE_COUNT of the best RANKED_BEFORE_SCOPE are in scope, they are exactly the best
    // CANDIDATE_COUNT in scope (any other row in scope ranks below all of those); otherwise
    // (few matches, or many of the best out of scope or other fact-checkers' reviews) the
    // query ranks every match in scope.
    rows = await withIndexScan(
      db.$queryRaw<CandidateRow[]>`SELECT ${SELECTED}
        FROM (SELECT "claimId", ts_rank("document", q) AS "rank" FROM "ClaimSearch", to_tsquery('english', ${query}) q
              WHERE "document" @@ q ORDER BY "rank" DESC, "claimId" LIMIT ${RANKED_BEFORE_SCOPE}) s
        JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
        WHERE ${scopeCondition(scope)} ${exclude}
        ORDER BY s."rank" DESC, c."id" LIMIT ${CANDIDATE_COUNT}`,
    );
    if (rows.length < CANDIDATE_COUNT) {
      rows = await withIndexScan(
        db.$queryRaw<CandidateRow[]>`SELECT ${SELECTED}
          FROM "ClaimSearch" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
          WHERE s."document" @@ to_tsquery('english', ${query}) AND ${scopeCondition(scope)} ${exclude}
          ORDER BY ts_rank(s."document", to_tsquery('english', ${query})) DESC, c."id" LIMIT ${CANDIDATE_COUNT}`,
      );
    }
  }
  return rows.map((row) => ({ ...row, checkedAt: new Date(row.checkedAt) }));
}

/**
 * Runs a PostgreSQL full-text query with the planner told not to read the whole index table
 * instead of using its GIN index: it estimates that a scan testing every row costs less, but
 * matching a tsquery of up to 24 words against 10,000 rows took 26-37 ms where the GIN index
 * finds the same rows in 1-4 ms (EXPLAIN ANALYZE, bench/README.md). SET LOCAL lasts until the
 * end of this one transaction.
 */
export async function withIndexScan<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, query]);
  return result;
}

/** Tags are stored as JSON text; anything but an array of strings counts as none. */
export function parseTags(tagsJson: string): string[] {
  try {
    const parsed: unknown = JSON.parse(tagsJson);
    return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}
