import "server-only";
import { indexQueryTerms } from "@/domain/claim-matching/index-query-terms";
import { CandidateAnalysisCache } from "@/domain/claim-matching/match-candidate";
import { scoreCandidates, scoreCandidatesWithExtras } from "@/domain/claim-matching/score-candidates";
import { db } from "../../db";
import { claimCorpusStatistics } from "./claim-corpus-statistics";
import { parseTags, searchCandidates, type CandidateRow, type SearchScope } from "./search-candidates";
import { searchExternalCandidates, type ExternalCandidateRow } from "./search-external-candidates";
import { matcherWordVectors } from "./matcher-word-vectors";
import { queryEncoderText } from "@/domain/claim-matching/analyze-query";
import { candidateEncoderTexts, type MatchCandidate } from "@/domain/claim-matching/match-candidate";
import { sentenceEmbeddingsOf } from "./sentence-embeddings-store";

const globalForCache = globalThis as unknown as { claimcheckCandidateAnalyses?: CandidateAnalysisCache };
/** One cache per server process of the re-ranker's analyses of claims, by their texts. */
const candidateAnalyses: CandidateAnalysisCache = (globalForCache.claimcheckCandidateAnalyses ??= new CandidateAnalysisCache());

export interface SimilarClaim {
  claimId: string;
  articleSlug: string;
  articleTitle: string;
  articleStatus: string;
  quote: string;
  restatement: string;
  verdict: string | null;
  /** The re-ranker's probability that this is the same claim, 0..1. */
  score: number;
  /** The claim on its public reader page (meaningful for published reviews). */
  url: string;
  checkedAt: Date;
  evidenceCount: number;
}

export interface SearchSimilarClaimsOptions {
  text: string;
  limit: number;
  scope: SearchScope;
  /** The claim being edited, which is not its own match. */
  excludeClaimId?: string;
}

/** The public reader page's deep link to one claim. */
export function claimReaderUrl(articleSlug: string, claimId: string): string {
  return `/articles/${encodeURIComponent(articleSlug)}#claim-${encodeURIComponent(claimId)}`;
}

/**
 * "Checked before?": the claims most likely to be the same as `text`, best first. The
 * database's full-text index proposes candidates among the claims the scope may see; the
 * re-ranker in domain/claim-matching orders them.
 */
export async function searchSimilarClaims(options: SearchSimilarClaimsOptions): Promise<SimilarClaim[]> {
  const stats = await claimCorpusStatistics();
  const queryVector = sentenceEmbeddingsOf([queryEncoderText(options.text)]);
  queryVector.catch(() => {}); // awaited below; a failure while the index is searched is not unhandled
  const candidates = await searchCandidates(indexQueryTerms(options.text, stats, { vectors: matcherWordVectors() }), options.scope, options.excludeClaimId);
  const ranked = scoreCandidates(
    options.text,
    candidates.map((row) => ({ ...row, tags: parseTags(row.tagsJson) })),
    stats,
    { analyze: (candidate) => candidateAnalyses.analyze(candidate), vectors: matcherWordVectors(), embeddings: await sentenceEmbeddingsFor(queryVector, candidates) },
  ).slice(0, options.limit);
  const evidenceCounts = await countEvidence(ranked.map((r) => r.candidate.claimId));
  return ranked.map(({ candidate, score }) => toSimilarClaim(candidate, score, evidenceCounts.get(candidate.claimId) ?? 0));
}

/** Another fact-checker's review (imported ClaimReview) of a claim like the query: their rating, never ours. */
export interface ExternalMatch {
  reviewId: string;
  claimText: string;
  ratingText: string;
  publisherName: string;
  /** The review on the publisher's site. */
  url: string;
  reviewedAt: Date | null;
  score: number;
}

/**
 * searchSimilarClaims, and the imported reviews of other fact-checkers for the same text
 * (from the same index), scored in the company of our claims; our claims rank exactly as
 * searchSimilarClaims ranks them.
 */
export async function searchSimilarClaimsAndExternalReviews(options: SearchSimilarClaimsOptions & { externalLimit: number }): Promise<{ claims: SimilarClaim[]; external: ExternalMatch[] }> {
  const stats = await claimCorpusStatistics();
  const terms = indexQueryTerms(options.text, stats, { vectors: matcherWordVectors() });
  const queryVector = sentenceEmbeddingsOf([queryEncoderText(options.text)]);
  queryVector.catch(() => {}); // awaited below; a failure while the index is searched is not unhandled
  const [candidates, externalRows] = await Promise.all([searchCandidates(terms, options.scope, options.excludeClaimId), searchExternalCandidates(terms)]);
  const extras = externalRows.map((row) => ({ claimId: row.reviewId, quote: row.claimText, restatement: "", tags: [], articleTitle: "", row }));
  const embeddings = await sentenceEmbeddingsFor(queryVector, [...candidates, ...extras]);
  const scored = scoreCandidatesWithExtras(
    options.text,
    candidates.map((row) => ({ ...row, tags: parseTags(row.tagsJson) })),
    extras,
    stats,
    { analyze: (candidate) => candidateAnalyses.analyze(candidate), vectors: matcherWordVectors(), embeddings },
  );
  const ranked = scored.claims.slice(0, options.limit);
  const evidenceCounts = await countEvidence(ranked.map((r) => r.candidate.claimId));
  return {
    claims: ranked.map(({ candidate, score }) => toSimilarClaim(candidate, score, evidenceCounts.get(candidate.claimId) ?? 0)),
    external: scored.extras.slice(0, options.externalLimit).map(({ candidate, score }) => toExternalMatch(candidate.row, score)),
  };
}

/** The query's sentence vector (already asked for, while the index was searched) with its candidates'. */
async function sentenceEmbeddingsFor(queryVector: Promise<Map<string, Float32Array>>, candidates: readonly Pick<MatchCandidate, "quote" | "restatement">[]): Promise<Map<string, Float32Array>> {
  const texts = candidates.flatMap((candidate) => Object.values(candidateEncoderTexts(candidate)));
  const [query, found] = await Promise.all([queryVector, sentenceEmbeddingsOf(texts)]);
  for (const [text, vector] of query) found.set(text, vector);
  return found;
}

function toExternalMatch(row: ExternalCandidateRow, score: number): ExternalMatch {
  return { ...row, score: Math.round(score * 1000) / 1000 };
}

async function countEvidence(claimIds: string[]): Promise<Map<string, number>> {
  if (claimIds.length === 0) return new Map();
  const groups = await db.evidence.groupBy({ by: ["claimId"], where: { claimId: { in: claimIds } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.claimId, group._count._all]));
}

function toSimilarClaim(row: CandidateRow, score: number, evidenceCount: number): SimilarClaim {
  return {
    claimId: row.claimId,
    articleSlug: row.articleSlug,
    articleTitle: row.articleTitle,
    articleStatus: row.articleStatus,
    quote: row.quote,
    restatement: row.restatement,
    verdict: row.verdict,
    score: Math.round(score * 1000) / 1000,
    url: claimReaderUrl(row.articleSlug, row.claimId),
    checkedAt: row.checkedAt,
    evidenceCount,
  };
}
