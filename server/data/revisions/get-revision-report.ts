import "server-only";
import { explainOrphan } from "@/domain/revisions/explain-orphan";
import { REVISION_IMPORT_ACTION, ZImportSummary } from "@/domain/revisions/import-summary";
import type { RevisionReport } from "@/domain/revisions/revision-report-model";
import { ZBlock, ZVerdict } from "@/domain/schemas/review";
import { z } from "zod";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";

/** Everything the revisions page shows, for a reviewer or editor who works on the article. */
export async function getRevisionReport(actor: Actor | null, slug: string): Promise<RevisionReport> {
  const { article, facts } = await findArticleForActor(db, actor, { slug });
  authorize(can.editReview(actor, facts) || can.changeStatus(actor), actor, "see this article's revisions");
  const current = await latestRevision(db, article.id);
  const revisions = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" }, select: { id: true, number: true, createdAt: true, contentHash: true } });
  const numbers = new Map(revisions.map((r) => [r.id, r.number]));
  const claims = await db.claim.findMany({
    where: { articleId: article.id },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    include: { _count: { select: { evidence: true, ratings: true } } },
  });
  const event = await db.auditEvent.findFirst({
    where: { articleId: article.id, action: REVISION_IMPORT_ACTION },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { name: true } } },
  });
  // Orphans are explained against the current text, their old position carried over from the text they were last found in.
  const orphanRevisionIds = [...new Set(claims.filter((c) => c.orphaned).map((c) => c.revisionId))];
  const lastFoundTexts = new Map(
    (await db.articleRevision.findMany({ where: { id: { in: orphanRevisionIds } }, select: { id: true, text: true } })).map((r) => [r.id, r.text]),
  );
  const summary = event?.afterJson ? ZImportSummary.safeParse(JSON.parse(event.afterJson)) : null;
  return {
    slug: article.slug,
    title: article.title,
    sourceUrl: article.sourceUrl,
    status: article.status,
    canEdit: can.editReview(actor, facts),
    current: {
      number: current.number,
      text: current.text,
      blocks: z.array(ZBlock).parse(JSON.parse(current.blocksJson)),
      createdAt: current.createdAt.toISOString(),
      contentHash: current.contentHash,
    },
    revisions: revisions.map((r) => ({ number: r.number, createdAt: r.createdAt.toISOString(), contentHash: r.contentHash })),
    claims: claims.map((c) => ({
      id: c.id,
      version: c.version,
      restatement: c.restatement,
      verdict: c.verdict === null ? null : ZVerdict.parse(c.verdict),
      exact: c.exact,
      start: c.start,
      end: c.end,
      revisionNumber: numbers.get(c.revisionId) ?? 0,
      anchorMethod: c.anchorMethod,
      anchorScore: c.anchorScore,
      orphaned: c.orphaned,
      evidenceCount: c._count.evidence,
      ratingCount: c._count.ratings,
      orphan: c.orphaned ? explainOrphan(current.text, c, lastFoundTexts.get(c.revisionId)) : null,
    })),
    lastImport: event && summary?.success ? { ...summary.data, at: event.createdAt.toISOString(), by: event.actor?.name ?? null } : null,
  };
}
