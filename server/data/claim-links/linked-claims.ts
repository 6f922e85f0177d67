import "server-only";
import type { TLinkedClaim } from "@/domain/schemas/claim-links";
import type { ArticleStatus, Verdict } from "@/domain/ratings/scale";
import type { Db, Tx } from "../../db";
import { can, type Actor } from "../../authz";
import { claimReaderUrl } from "../claim-search/search-similar-claims";

const LINKED_CLAIM = {
  id: true,
  exact: true,
  restatement: true,
  verdict: true,
  article: { select: { slug: true, title: true, status: true, createdById: true, assignments: { select: { userId: true } } } },
} as const;

/** What a link stores plus both of its claims, as every read of links needs them. */
export const LINK_WITH_CLAIMS = { firstClaim: { select: LINKED_CLAIM }, secondClaim: { select: LINKED_CLAIM } } as const;

interface LinkRow {
  firstClaimId: string;
  createdAt: Date;
  firstClaim: LinkedClaimRow;
  secondClaim: LinkedClaimRow;
}

interface LinkedClaimRow {
  id: string;
  exact: string;
  restatement: string;
  verdict: string | null;
  article: { slug: string; title: string; status: string; createdById: string; assignments: { userId: string }[] };
}

/** Every link of a claim with both ends, oldest first. */
export function findLinksOfClaim(client: Db | Tx, claimId: string) {
  return client.claimLink.findMany({
    where: { OR: [{ firstClaimId: claimId }, { secondClaimId: claimId }] },
    include: LINK_WITH_CLAIMS,
    orderBy: { createdAt: "asc" },
  });
}

/** The other end of a link as the viewer sees it, or null when they may not read its review. */
export function linkedClaimFor(actor: Actor | null, link: LinkRow, fromClaimId: string): TLinkedClaim | null {
  const other = link.firstClaimId === fromClaimId ? link.secondClaim : link.firstClaim;
  const facts = { status: other.article.status, createdById: other.article.createdById, assignedUserIds: other.article.assignments.map((a) => a.userId) };
  if (!can.readArticle(actor, facts)) return null;
  const published = other.article.status === "published";
  return {
    claimId: other.id,
    articleSlug: other.article.slug,
    articleTitle: other.article.title,
    articleStatus: other.article.status as ArticleStatus,
    quote: other.exact,
    restatement: other.restatement,
    verdict: other.verdict as Verdict | null,
    url: published ? claimReaderUrl(other.article.slug, other.id) : `/review/${encodeURIComponent(other.article.slug)}`,
    linkedAt: link.createdAt.toISOString(),
  };
}
