import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { buildReaderPageModel } from "@/domain/overlay/reader-model";
import { claimReviewScriptContent } from "@/domain/export/to-claimreview";
import { ReaderView } from "@/components/overlay/reader-view";
import { SourcesCited } from "@/components/overlay/sources-cited";
import { sourcesCited } from "@/domain/overlay/sources-cited";
import { ExportMenu } from "@/components/export/export-menu";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { getReviewDocument } from "@/server/data/articles/get-review-document";
import { AppError } from "@/server/errors";

/** Published reviews are public and identical for everyone: rendered once, revalidated on change. */
export const revalidate = 30;

/** No page is built ahead of time; each is rendered on its first request, then served from the cache. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const loadPublishedReview = cache(async (slug: string) => {
  try {
    return await getReviewDocument(null, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

/** The public origin ClaimReview URLs point to (the page is cached, so it cannot read the request's host). */
function publicBaseUrl(): string {
  return process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const review = await loadPublishedReview((await params).slug);
  return { title: review ? `Review: ${review.article.title}` : "Review not found" };
}

export default async function ReaderPage({ params }: { params: Promise<{ slug: string }> }) {
  const review = await loadPublishedReview((await params).slug);
  if (!review) notFound();
  // The article body arrives as ready HTML and each claim's evidence and rationale on demand
  // (app/api/articles/[slug]/published-claims/[claimId]): the page stays small for reviews with thousands of claims.
  const { model, articleHtml } = buildReaderPageModel(review);
  return (
    <>
      {/* schema.org ClaimReview for each rated claim: a data block, escaped so no text can close the script element. */}
      <script type="application/ld+json" id="claim-review-jsonld" dangerouslySetInnerHTML={{ __html: claimReviewScriptContent(review, { baseUrl: publicBaseUrl() }) }} />
      <ReaderView exportMenu={<ExportMenu slug={review.article.slug} />} model={model} articleHtml={articleHtml} summary={model.summary ? <SafeMarkdown>{model.summary}</SafeMarkdown> : null} />
      <SourcesCited slug={review.article.slug} sources={sourcesCited(review)} />
    </>
  );
}
