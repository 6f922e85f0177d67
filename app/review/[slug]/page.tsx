import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buildWorkspaceModel } from "@/domain/overlay/workspace-model";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { getWorkspaceDocument } from "@/server/data/articles/get-workspace-document";
import { findArticleForActor } from "@/server/data/articles/find-article-for-actor";
import { findSendBackNote } from "@/server/data/articles/find-send-back-note";
import { can } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewWorkspacePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  try {
    const { article, facts } = await findArticleForActor(db, actor, { slug });
    if (!can.editReview(actor, facts) && !can.changeStatus(actor)) notFound();
    // Claim summaries only: the editor fetches a claim's rationale, ratings and evidence when it is opened.
    const model = buildWorkspaceModel(await getWorkspaceDocument(article));
    return (
      <ReviewWorkspace
        model={model}
        viewerEmail={actor!.email}
        viewerName={actor!.name}
        canPublish={can.changeStatus(actor)}
        canEdit={can.editReview(actor, facts)}
        sendBackNote={await findSendBackNote(article.id)}
      />
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
