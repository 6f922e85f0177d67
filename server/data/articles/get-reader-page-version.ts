import "server-only";
import { db } from "../../db";

/** Version reads in flight, per slug: requests that arrive while one is running share its answer. */
const inFlight = new Map<string, Promise<number | null>>();

/**
 * The published review's page version, or null when no published review has this slug: one
 * query on the slug's unique index, read for every request so that every instance serves the
 * page of the review's latest change (the version is bumped by revalidateReviewPages). Under
 * load, requests arriving while a read is running share it (a read that started at most one
 * query's time before them): one query per round trip instead of one per request.
 */
export function getReaderPageVersion(slug: string): Promise<number | null> {
  let pending = inFlight.get(slug);
  if (!pending) {
    pending = db.article
      .findUnique({ where: { slug }, select: { status: true, pageVersion: true } })
      .then((article) => (article?.status === "published" ? article.pageVersion : null))
      .finally(() => inFlight.delete(slug));
    inFlight.set(slug, pending);
  }
  return pending;
}
