import "server-only";
import type { TAlsoCheckedIn } from "@/domain/schemas/claim-links";
import type { Verdict } from "@/domain/ratings/scale";
import { db } from "../../db";
import { publicBaseUrl } from "../../reader/public-base-url";
import { claimReaderUrl } from "../claim-search/search-similar-claims";

/**
 * "Also checked in", for readers: the claims linked to this one whose reviews are published
 * (never a draft, whoever asks: the reader's claim details are the same for everyone), oldest
 * link first, with absolute links (the embed shows them on publishers' pages).
 */
export async function listAlsoCheckedIn(claimId: string): Promise<TAlsoCheckedIn[]> {
  const published = { article: { status: "published" } };
  const select = { id: true, restatement: true, exact: true, verdict: true, article: { select: { slug: true, title: true } } } as const;
  const links = await db.claimLink.findMany({
    where: { OR: [{ firstClaimId: claimId, secondClaim: published }, { secondClaimId: claimId, firstClaim: published }] },
    select: { firstClaimId: true, firstClaim: { select }, secondClaim: { select } },
    orderBy: { createdAt: "asc" },
  });
  const base = publicBaseUrl();
  return links.map((link) => {
    const other = link.firstClaimId === claimId ? link.secondClaim : link.firstClaim;
    return {
      claimId: other.id,
      articleTitle: other.article.title,
      restatement: other.restatement.trim() || other.exact,
      verdict: other.verdict as Verdict | null,
      url: base + claimReaderUrl(other.article.slug, other.id),
    };
  });
}
