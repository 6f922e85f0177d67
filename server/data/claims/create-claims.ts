import "server-only";
import type { TCreateClaimsInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../../unique-violation";
import { claimSpan, creationSpanKey } from "./claim-span";
import { DUPLICATE_CLAIM_MESSAGE } from "./create-claim";

/** Makes several claims in one transaction (accepted suggestions): all of them or none. */
export async function createClaims(actor: Actor | null, slug: string, input: TCreateClaimsInput) {
  const result = await db
    .$transaction(async (tx) => {
    const { article, facts } = await findArticleForActor(tx, actor, { slug });
    const author = authorize(can.editReview(actor, facts), actor, "add claims to this article");
    const revision = await latestRevision(tx, article.id);
    const created = [];
    for (const [index, item] of input.claims.entries()) {
      const span = claimSpan(revision.text, item.start, item.end, `claims.${index}.start`);
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          revisionId: revision.id,
          ...span,
          creationSpanKey: creationSpanKey(revision.id, span, author.id),
          restatement: item.restatement,
          checkable: item.checkable,
          verdict: item.checkable ? null : "not_checkable",
          tagsJson: JSON.stringify(item.tags),
          createdById: author.id,
        },
      });
      await recordAuditEvent(tx, actor, { action: "claim.create", entityType: "Claim", entityId: claim.id, articleId: article.id, after: claim });
      created.push(claim);
    }
    await bumpReviewPageVersions(tx, article.id);
    return { articleId: article.id, claims: created };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", `${DUPLICATE_CLAIM_MESSAGE} Nothing was created.`, { current: null, duplicate: true });
      throw error;
    });
  await revalidateReviewPages(result.articleId);
  return result.claims;
}
