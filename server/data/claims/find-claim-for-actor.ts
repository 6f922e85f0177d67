import "server-only";
import type { Db, Tx } from "../../db";
import type { Actor } from "../../authz";
import { notFound } from "../../errors";
import { findArticleForActor } from "../articles/find-article-for-actor";

/** A claim together with its article's permission facts; not found when its article cannot be read. */
export async function findClaimForActor(client: Db | Tx, actor: Actor | null, claimId: string) {
  const claim = await client.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw notFound("The claim");
  const { article, facts } = await findArticleForActor(client, actor, { id: claim.articleId });
  return { claim, article, facts };
}
