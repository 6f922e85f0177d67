import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { bumpReviewPageVersions } from "./bump-page-version";
import { revalidateReviewPages } from "./revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor } from "./find-article-for-actor";

export async function updateArticle(actor: Actor | null, slug: string, changes: { title?: string; author?: string | null; summary?: string }) {
  const result = await db.$transaction(async (tx) => {
    const { article, facts } = await findArticleForActor(tx, actor, { slug });
    authorize(can.editReview(actor, facts), actor, "edit this article");
    if (changes.summary !== undefined) authorize(can.setConsensusVerdict(actor), actor, "write the editor's summary");
    const updated = await tx.article.update({ where: { id: article.id }, data: changes });
    await recordAuditEvent(tx, actor, {
      action: "article.update",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      before: { title: article.title, author: article.author, summary: article.summary },
      after: { title: updated.title, author: updated.author, summary: updated.summary },
    });
    await bumpReviewPageVersions(tx, article.id);
    return updated;
  });
  await revalidateReviewPages(result.id);
  return result;
}
