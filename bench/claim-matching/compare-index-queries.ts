/**
 * Ways to ask PostgreSQL's full-text index for candidates, compared on a database loaded once
 * (as profile-latency.ts loads it):
 *   tsx bench/claim-matching/compare-index-queries.ts postgresql://…
 * For each variant: the median and p95 time of the index query, and MAP@5 after the re-ranker,
 * over the dev queries (published scope). A development aid; the recorded figures come from
 * `npm run bench:claim-matching`.
 */
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { claimParagraph } from "./fixture-candidates";

register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}`)}`,
);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * p)] ?? 0;

async function main() {
  const url = process.argv[2];
  if (!url?.startsWith("postgresql:")) throw new Error("usage: compare-index-queries.ts <postgresql://database loaded by profile-latency.ts>");
  process.env.DATABASE_URL = url;
  const { db } = await import("../../server/db");
  const { Prisma } = await import("../../generated/sqlite/client");
  const verified = loadVerifiedClaims();
  const idByQuote = new Map(verified.map((claim) => [claimParagraph(claim), claim.id]));
  const stored = await db.claim.findMany({ select: { id: true, exact: true } });
  if (stored.length === 0) throw new Error("empty database: load it with profile-latency.ts first");
  const fixtureIdOf = new Map(stored.map((claim) => [claim.id, idByQuote.get(claim.exact) ?? ""]));
  const { claimCorpusStatistics } = await import("../../server/data/claim-search/claim-corpus-statistics");
  const { searchCandidates, parseTags, CANDIDATE_COUNT } = await import("../../server/data/claim-search/search-candidates");
  const { indexQueryTerms, tsqueryExpression } = await import("../../domain/claim-matching/index-query-terms");
  const { scoreCandidates } = await import("../../domain/claim-matching/score-candidates");
  const { CandidateAnalysisCache } = await import("../../domain/claim-matching/match-candidate");
  const { matcherWordVectors } = await import("../../server/data/claim-search/matcher-word-vectors");
  const stats = await claimCorpusStatistics();
  const vectors = matcherWordVectors();
  const cache = new CandidateAnalysisCache();

  const SELECTED = Prisma.sql`c."id" AS "claimId", c."exact" AS "quote", c."restatement", c."tagsJson", c."verdict", c."updatedAt" AS "checkedAt",
    a."id" AS "articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", a."status" AS "articleStatus"`;
  type Row = Awaited<ReturnType<typeof searchCandidates>>[number];
  const plain = (terms: readonly string[]) => tsqueryExpression(terms);
  /** Candidates matching any of the `filter` rarest words, ranked by all of them. */
  const rareFilter = (filter: number, rank: "ts_rank" | "ts_rank_cd" = "ts_rank") => (terms: readonly string[]) =>
    db.$queryRaw<Row[]>`SELECT ${SELECTED}
      FROM "ClaimSearch" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
      WHERE s."document" @@ to_tsquery('english', ${plain(terms.slice(0, filter))}) AND a."status" = 'published'
      ORDER BY ${Prisma.raw(rank)}(s."document", to_tsquery('english', ${plain(terms)})) DESC, c."id" LIMIT ${CANDIDATE_COUNT}`;
  /** The same query as the product's, the planner told not to scan the whole table (SET LOCAL in a transaction). */
  const noSeqScan = (terms: readonly string[]) =>
    db
      .$transaction([
        db.$executeRaw`SET LOCAL enable_seqscan = off`,
        db.$queryRaw<Row[]>`SELECT ${SELECTED}
      FROM "ClaimSearch" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
      WHERE s."document" @@ to_tsquery('english', ${plain(terms)}) AND a."status" = 'published'
      ORDER BY ts_rank(s."document", to_tsquery('english', ${plain(terms)})) DESC, c."id" LIMIT ${CANDIDATE_COUNT}`,
      ])
      .then(([, rows]) => rows);
  /** Ranked in a subquery over the index table alone (GIN forced), then joined and filtered by scope. */
  const rankFirst = (inner: number) => (terms: readonly string[]) =>
    db
      .$transaction([
        db.$executeRaw`SET LOCAL enable_seqscan = off`,
        db.$queryRaw<Row[]>`SELECT ${SELECTED}
      FROM (SELECT "claimId", ts_rank("document", q) AS rank FROM "ClaimSearch", to_tsquery('english', ${plain(terms)}) q
            WHERE "document" @@ q ORDER BY rank DESC, "claimId" LIMIT ${inner}) s
      JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
      WHERE a."status" = 'published' ORDER BY s.rank DESC, c."id" LIMIT ${CANDIDATE_COUNT}`,
      ])
      .then(([, rows]) => rows);

  /** rankFirst without telling the planner anything. */
  const rankFirstPlain = (inner: number) => (terms: readonly string[]) =>
    db.$queryRaw<Row[]>`SELECT ${SELECTED}
      FROM (SELECT "claimId", ts_rank("document", q) AS rank FROM "ClaimSearch", to_tsquery('english', ${plain(terms)}) q
            WHERE "document" @@ q ORDER BY rank DESC, "claimId" LIMIT ${inner}) s
      JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId"
      WHERE a."status" = 'published' ORDER BY s.rank DESC, c."id" LIMIT ${CANDIDATE_COUNT}`;

  const variants: [string, (terms: readonly string[]) => Promise<Row[]>][] = [
    ["product (24 words, ts_rank)", (terms) => searchCandidates(terms, { kind: "published" })],
    ["no seq scan", noSeqScan],
    ["rank first, 100 inner, no seq scan", rankFirst(100)],
    ["match rarest 8, rank 24", rareFilter(8)],
    ["match rarest 12, rank 24", rareFilter(12)],
    ["match rarest 16, rank 24", rareFilter(16)],
    ["match rarest 12, rank 24 ts_rank_cd", rareFilter(12, "ts_rank_cd")],
    ["rank first, 100 inner, planner as it is", rankFirstPlain(100)],
    ["rank first, 60 inner, no seq scan", rankFirst(60)],
  ];
  const queries = loadQueries("dev");
  const selected = process.argv.slice(3).map(Number);
  for (const [index, [name, search]] of variants.entries()) {
    if (selected.length && !selected.includes(index)) continue;
    const times: number[] = [];
    const rankings: { ranked: string[]; relevant: Set<string> }[] = [];
    for (const query of queries) {
      const terms = indexQueryTerms(query.text, stats, { vectors });
      const started = performance.now();
      const rows = await search(terms);
      times.push(performance.now() - started);
      const ranked = scoreCandidates(query.text, rows.map((row) => ({ ...row, tags: parseTags(row.tagsJson) })), stats, { analyze: (c) => cache.analyze(c), vectors });
      rankings.push({ ranked: ranked.slice(0, 5).map((r) => fixtureIdOf.get(r.candidate.claimId) ?? ""), relevant: query.relevant });
    }
    console.log(`${index} ${name}: index median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms; MAP@5 ${meanAveragePrecisionAt(rankings).toFixed(4)}`);
  }
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
