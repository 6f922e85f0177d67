import "server-only";
import { z } from "zod";
import { ZArticleStatus, ZBlock, ZVerdict } from "@/domain/schemas/review";
import type { WorkspaceDocument } from "@/domain/overlay/workspace-model";
import { db, type Db, type Tx } from "../../db";
import { latestRevision } from "./find-article-for-actor";

type ArticleRow = { id: string; slug: string; title: string; author: string | null; sourceUrl: string | null; publishedAt: Date | null; summary: string; status: string };

/**
 * What the reviewer workspace page is built from: the article's latest text and its claims as
 * summaries, with evidence counts and the names of those who rated. No evidence, sources or
 * ratings are read: the editor fetches one claim's details when it is opened
 * (server/data/claims/get-workspace-claim.ts). The caller has checked that the actor may see
 * the article (findArticleForActor).
 */
export async function getWorkspaceDocument(article: ArticleRow, client: Db | Tx = db): Promise<WorkspaceDocument> {
  const onArticle = { claim: { articleId: article.id } };
  const [revision, claims, evidenceCounts, raters] = await Promise.all([
    latestRevision(client, article.id),
    client.claim.findMany({
      where: { articleId: article.id },
      select: { id: true, start: true, end: true, exact: true, restatement: true, verdict: true, tagsJson: true, orphaned: true, checkable: true, version: true },
    }),
    client.evidence.groupBy({ by: ["claimId"], where: onArticle, _count: { _all: true } }),
    client.rating.findMany({ where: onArticle, distinct: ["reviewerId"], select: { reviewer: { select: { name: true } } } }),
  ]);
  const countOf = new Map(evidenceCounts.map((row) => [row.claimId, row._count._all]));
  return {
    article: {
      slug: article.slug,
      title: article.title,
      author: article.author,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      summary: article.summary,
      status: ZArticleStatus.parse(article.status),
    },
    revision: { text: revision.text, blocks: z.array(ZBlock).parse(JSON.parse(revision.blocksJson)) },
    claims: claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      restatement: claim.restatement,
      verdict: claim.verdict === null ? null : ZVerdict.parse(claim.verdict),
      tags: z.array(z.string()).parse(JSON.parse(claim.tagsJson)),
      orphaned: claim.orphaned,
      checkable: claim.checkable,
      version: claim.version,
      evidenceCount: countOf.get(claim.id) ?? 0,
    })),
    reviewerNames: [...new Set(raters.map((rating) => rating.reviewer.name))],
  };
}
