import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionsWorkspace } from "@/components/revisions/revisions-workspace";
import { getRevisionReport } from "@/server/data/revisions/get-revision-report";
import { AppError } from "@/server/errors";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Revisions" };

/** Reviewers and editors who work on the article; everyone else gets a 404, as for the workspace. */
export default async function RevisionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const report = await getRevisionReport(await getActor(), slug);
    return <RevisionsWorkspace report={report} />;
  } catch (error) {
    if (error instanceof AppError && ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"].includes(error.code)) notFound();
    throw error;
  }
}
