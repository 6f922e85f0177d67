import "server-only";
import { hasDisagreement } from "@/domain/ratings/rating-agreement";
import { ZArticleStatus, ZVerdict } from "@/domain/schemas/review";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import type { DashboardRow } from "@/domain/dashboard/dashboard-query";

/**
 * Every article with what an editor steers by: progress (claims with a verdict or at least
 * one rating, of all claims), disagreements (claims whose reviewers' verdicts differ; the
 * consensus verdict settles what is published, the ratings stay as given) and the last activity (the newest audit event, else the last update).
 */
export async function listDashboardArticles(actor: Actor | null): Promise<DashboardRow[]> {
  authorize(can.changeStatus(actor), actor, "open the editor's dashboard");
  const [articles, activity] = await Promise.all([
    db.article.findMany({
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        updatedAt: true,
        claims: { select: { verdict: true, ratings: { select: { reviewerId: true, verdict: true } } } },
        assignments: { select: { user: { select: { name: true } } } },
      },
    }),
    db.auditEvent.groupBy({ by: ["articleId"], _max: { createdAt: true } }),
  ]);
  const lastEvent = new Map(activity.map((row) => [row.articleId, row._max.createdAt]));
  return articles.map((article) => {
    const claims = article.claims.map((claim) => ({
      verdict: claim.verdict,
      ratings: claim.ratings.map((rating) => ({ reviewerKey: rating.reviewerId, verdict: ZVerdict.parse(rating.verdict) })),
    }));
    const eventAt = lastEvent.get(article.id) ?? null;
    const lastActivity = eventAt && eventAt > article.updatedAt ? eventAt : article.updatedAt;
    return {
      slug: article.slug,
      title: article.title,
      status: ZArticleStatus.parse(article.status),
      claimCount: claims.length,
      ratedCount: claims.filter((claim) => claim.verdict !== null || claim.ratings.length > 0).length,
      disagreementCount: claims.filter((claim) => hasDisagreement(claim)).length,
      reviewers: article.assignments.map((a) => a.user.name),
      lastActivity: lastActivity.toISOString(),
    };
  });
}
