import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { RevisionReader } from "@/components/revisions/revision-reader";
import { placeClaimsOnRevision } from "@/domain/revisions/place-claims-on-revision";
import { getReviewDocument } from "@/server/data/articles/get-review-document";
import { AppError } from "@/server/errors";
import { getActor } from "@/server/session";

const ZRevisionNumber = z.coerce.number().int().positive().max(1_000_000);

const loadRevision = cache(async (slug: string, number: string) => {
  const parsed = ZRevisionNumber.safeParse(number);
  if (!parsed.success) return null;
  try {
    // Readers see published reviews; reviewers and editors also the ones they work on.
    return placeClaimsOnRevision(await getReviewDocument(await getActor(), slug), parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

type Params = { params: Promise<{ slug: string; number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, number } = await params;
  const view = await loadRevision(slug, number);
  return { title: view ? `Revision ${view.number}: ${view.title}` : "Revision not found" };
}

export default async function RevisionPage({ params }: Params) {
  const { slug, number } = await params;
  const view = await loadRevision(slug, number);
  if (!view) notFound();
  return <RevisionReader view={view} />;
}
