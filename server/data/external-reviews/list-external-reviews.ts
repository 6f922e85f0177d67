import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";

export const EXTERNAL_REVIEWS_PAGE_SIZE = 50;

export interface ExternalReviewRow {
  id: string;
  claimText: string;
  ratingText: string;
  publisherName: string;
  url: string;
  reviewedAt: Date | null;
  importedAt: Date;
  importedByName: string;
}

export interface ExternalReviewsPage {
  reviews: ExternalReviewRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Every publisher with how many of its reviews are stored, for the filter. */
  publishers: { name: string; count: number }[];
}

/** Imported reviews of other fact-checkers, newest import first, optionally one publisher's: editors and admins. */
export async function listExternalReviews(actor: Actor | null, options: { page: number; publisher?: string }): Promise<ExternalReviewsPage> {
  authorize(can.importExternalReviews(actor), actor, "manage other fact-checkers' reviews");
  const where = options.publisher ? { publisherName: options.publisher } : {};
  const [total, groups] = await Promise.all([
    db.externalReview.count({ where }),
    db.externalReview.groupBy({ by: ["publisherName"], _count: { _all: true }, orderBy: { publisherName: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / EXTERNAL_REVIEWS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = await db.externalReview.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * EXTERNAL_REVIEWS_PAGE_SIZE,
    take: EXTERNAL_REVIEWS_PAGE_SIZE,
    select: { id: true, claimText: true, ratingText: true, publisherName: true, url: true, reviewedAt: true, createdAt: true, importedBy: { select: { name: true } } },
  });
  return {
    reviews: rows.map(({ createdAt, importedBy, ...row }) => ({ ...row, importedAt: createdAt, importedByName: importedBy.name })),
    total,
    page,
    pageCount,
    publishers: groups.map((group) => ({ name: group.publisherName, count: group._count._all })),
  };
}
