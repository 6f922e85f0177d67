import "server-only";
import { db } from "../../db";

/**
 * The published review whose article was published at `pageUrl` (its `sourceUrl`), as the
 * embed asks for it from a publisher's page: compared without the fragment, with and without a
 * trailing slash, over http and https. Null when none is published there.
 */
export async function findPublishedReviewByUrl(pageUrl: URL): Promise<{ slug: string; pageVersion: number } | null> {
  const bare = new URL(pageUrl.href);
  bare.hash = "";
  const candidates = new Set<string>();
  for (const protocol of ["https:", "http:"]) {
    bare.protocol = protocol;
    const href = bare.href;
    candidates.add(href);
    candidates.add(href.endsWith("/") ? href.slice(0, -1) : `${href}/`);
  }
  return db.article.findFirst({
    where: { status: "published", sourceUrl: { in: [...candidates] } },
    orderBy: { updatedAt: "desc" },
    select: { slug: true, pageVersion: true },
  });
}
