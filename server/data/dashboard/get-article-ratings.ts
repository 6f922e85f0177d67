import "server-only";
import { articleAgreement, hasDisagreement } from "@/domain/ratings/rating-agreement";
import { ZArticleStatus, ZVerdict } from "@/domain/schemas/review";
import type { Verdict } from "@/domain/ratings/scale";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findArticleForActor } from "../articles/find-article-for-actor";

export interface RatingsViewClaim {
  id: string;
  version: number;
  exact: string;
  restatement: string;
  consensus: Verdict | null;
  disagreement: boolean;
  ratings: Record<string, { verdict: Verdict; confidence: number; rationale: string }>;
}

/**
 * The editor's per-article view: each claim with every reviewer's rating side by side, the
 * consensus verdict, Krippendorff's alpha (ordinal) over the claims × reviewers matrix, the
 * summary and the status history.
 */
export async function getArticleRatings(actor: Actor | null, slug: string) {
  authorize(can.setConsensusVerdict(actor), actor, "resolve ratings");
  const { article } = await findArticleForActor(db, actor, { slug });
  const [claims, history] = await Promise.all([
    db.claim.findMany({
      where: { articleId: article.id },
      orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
      select: {
        id: true,
        version: true,
        exact: true,
        restatement: true,
        verdict: true,
        ratings: { orderBy: { createdAt: "asc" }, select: { verdict: true, confidence: true, rationale: true, reviewer: { select: { id: true, name: true } } } },
      },
    }),
    db.auditEvent.findMany({
      where: { articleId: article.id, action: { in: ["article.status", "article.create", "article.import", "article.assign", "article.unassign", "claim.consensus", "seed.demo"] } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, beforeJson: true, afterJson: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);

  const reviewers = new Map<string, string>();
  for (const claim of claims) for (const rating of claim.ratings) reviewers.set(rating.reviewer.id, rating.reviewer.name);
  const viewClaims: RatingsViewClaim[] = claims.map((claim) => {
    const ratings = claim.ratings.map((rating) => ({ reviewerKey: rating.reviewer.id, verdict: ZVerdict.parse(rating.verdict) }));
    return {
      id: claim.id,
      version: claim.version,
      exact: claim.exact,
      restatement: claim.restatement,
      consensus: claim.verdict === null ? null : ZVerdict.parse(claim.verdict),
      disagreement: hasDisagreement({ ratings }),
      ratings: Object.fromEntries(
        claim.ratings.map((rating) => [rating.reviewer.id, { verdict: ZVerdict.parse(rating.verdict), confidence: rating.confidence, rationale: rating.rationale }]),
      ),
    };
  });
  return {
    article: { slug: article.slug, title: article.title, status: ZArticleStatus.parse(article.status), summary: article.summary },
    reviewers: [...reviewers].map(([id, name]) => ({ id, name })),
    claims: viewClaims,
    alpha: articleAgreement(viewClaims.map((claim) => ({ ratings: Object.entries(claim.ratings).map(([reviewerKey, r]) => ({ reviewerKey, verdict: r.verdict })) }))),
    history: history.map((event) => ({
      id: event.id,
      action: event.action,
      actorName: event.actor?.name ?? "System",
      at: event.createdAt.toISOString(),
      before: parseJson(event.beforeJson),
      after: parseJson(event.afterJson),
    })),
  };
}

function parseJson(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
