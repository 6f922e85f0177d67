import "server-only";
import { ZBlock, type TReviewDocument } from "@/domain/schemas/review";
import { ZArticleStatus, ZStance, ZStudyDesign, ZVerdict } from "@/domain/schemas/review";
import { z } from "zod";
import { db, type Db, type Tx } from "../../db";
import type { Actor } from "../../authz";
import { findArticleForActor, latestRevision } from "./find-article-for-actor";
import { completeSourceReferences } from "../sources/complete-source-references";
import { ratingReviewer } from "./rating-reviewer";

/** The whole review of one article as plain data (the JSON export's shape), for whoever may read it. */
export async function getReviewDocument(actor: Actor | null, slug: string, client: Db | Tx = db): Promise<TReviewDocument> {
  const { article } = await findArticleForActor(client, actor, { slug });
  const revision = await latestRevision(client, article.id);
  const previousRevisions = await client.articleRevision.findMany({ where: { articleId: article.id, number: { lt: revision.number } }, orderBy: { number: "asc" } });
  // Four flat queries filtered by article, grouped in memory: Prisma's nested `include` sends
  // every claim id as a query parameter, past SQLite's limit for articles with thousands of claims.
  const articleClaims = { claim: { articleId: article.id } };
  const [claims, evidence, ratings, sourceRows] = await Promise.all([
    client.claim.findMany({ where: { articleId: article.id }, orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }] }),
    client.evidence.findMany({ where: articleClaims, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    client.rating.findMany({ where: articleClaims, orderBy: { createdAt: "asc" }, include: { reviewer: { select: { id: true, email: true, name: true } } } }),
    client.source.findMany({ where: { evidence: { some: articleClaims } }, orderBy: { createdAt: "asc" } }),
  ]);
  const evidenceByClaim = groupBy(evidence, (item) => item.claimId);
  const ratingsByClaim = groupBy(ratings, (rating) => rating.claimId);

  // Read inside a caller's transaction, missing references are formatted but not written back.
  const sourceRecords = await completeSourceReferences(sourceRows, client === db ? db : null);
  const sources = new Map<string, TReviewDocument["sources"][number]>(sourceRecords.map((s) => [s.id, s]));

  return {
    format: "claimcheck-review",
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    article: {
      slug: article.slug,
      title: article.title,
      author: article.author,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      status: ZArticleStatus.parse(article.status),
      summary: article.summary,
      createdAt: article.createdAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
    },
    revision: {
      number: revision.number,
      text: revision.text,
      blocks: z.array(ZBlock).parse(JSON.parse(revision.blocksJson)),
      contentHash: revision.contentHash,
      createdAt: revision.createdAt.toISOString(),
    },
    previousRevisions: previousRevisions.map((r) => ({
      number: r.number,
      text: r.text,
      blocks: z.array(ZBlock).parse(JSON.parse(r.blocksJson)),
      contentHash: r.contentHash,
      createdAt: r.createdAt.toISOString(),
    })),
    sources: [...sources.values()],
    claims: claims.map((claim) => ({
      id: claim.id,
      position: { type: "TextPositionSelector", start: claim.start, end: claim.end },
      quote: { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
      anchor: {
        method: (claim.anchorMethod ?? "created") as "created" | "position" | "exact" | "fuzzy",
        score: claim.anchorScore ?? 1,
        orphaned: claim.orphaned,
      },
      restatement: claim.restatement,
      tags: z.array(z.string()).parse(JSON.parse(claim.tagsJson)),
      verdict: claim.verdict === null ? null : ZVerdict.parse(claim.verdict),
      rationale: claim.rationale,
      checkable: claim.checkable,
      version: claim.version,
      createdAt: claim.createdAt.toISOString(),
      updatedAt: claim.updatedAt.toISOString(),
      evidence: (evidenceByClaim.get(claim.id) ?? []).map(toEvidenceRecord),
      ratings: (ratingsByClaim.get(claim.id) ?? []).map((rating) => ({
        id: rating.id,
        ...ratingReviewer(rating.reviewer, actor),
        verdict: ZVerdict.parse(rating.verdict),
        confidence: rating.confidence,
        rationale: rating.rationale,
        updatedAt: rating.updatedAt.toISOString(),
      })),
    })),
  };
}

/** An Evidence row as the review document carries it. */
export function toEvidenceRecord(item: { id: string; sourceId: string; finding: string; locator: string | null; stance: string; studyDesign: string; note: string | null }): TReviewDocument["claims"][number]["evidence"][number] {
  return {
    id: item.id,
    sourceId: item.sourceId,
    finding: item.finding,
    locator: item.locator,
    stance: ZStance.parse(item.stance),
    studyDesign: ZStudyDesign.parse(item.studyDesign),
    note: item.note,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export { toSourceRecord } from "../sources/source-record";
