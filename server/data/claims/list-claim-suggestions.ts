import "server-only";
import { suggestClaims, type ClaimSuggestion } from "@/domain/claims/suggest-claims";
import { ZBlock } from "@/domain/schemas/review";
import { z } from "zod";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";

export interface ClaimSuggestionForReview extends ClaimSuggestion {
  section: "article" | "comments";
}

/** The article's check-worthy sentences, best first, leaving out those already made into claims. */
export async function listClaimSuggestions(actor: Actor | null, slug: string, limit = 60): Promise<ClaimSuggestionForReview[]> {
  const { article, facts } = await findArticleForActor(db, actor, { slug });
  authorize(can.editReview(actor, facts), actor, "suggest claims for this article");
  const revision = await latestRevision(db, article.id);
  const blocks = z.array(ZBlock).parse(JSON.parse(revision.blocksJson));
  const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { start: true, end: true } });
  const taken = new Set(claims.map((c) => `${c.start}:${c.end}`));
  const sectionAt = (offset: number) => blocks.find((b) => b.start <= offset && offset < b.end)?.section ?? "article";
  return suggestClaims({ text: revision.text, blocks })
    .filter((s) => !taken.has(`${s.start}:${s.end}`))
    .slice(0, limit)
    .map((s) => ({ ...s, section: sectionAt(s.start) }));
}
