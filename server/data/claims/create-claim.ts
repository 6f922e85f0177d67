import "server-only";
import { ratingDecidesVerdict } from "@/domain/ratings/consensus-rules";
import type { TCreateOneClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../../unique-violation";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";
import { claimSpan, creationSpanKey } from "./claim-span";

export const DUPLICATE_CLAIM_MESSAGE = "You already made a claim of exactly this passage; it is in the claim list. Select it there instead of making it again.";

/**
 * Makes a claim from a span of the article's current text, snapped to whole words; the same reviewer cannot make the same
 * claim twice. With a verdict, the maker's rating is recorded in the same transaction (select, pick a verdict, done);
 * the claim's verdict then follows domain/ratings/consensus-rules.ts like any rating.
 */
export async function createClaim(actor: Actor | null, slug: string, input: TCreateOneClaimInput) {
  let result;
  try {
    result = await db.$transaction(async (tx) => {
      const { article, facts } = await findArticleForActor(tx, actor, { slug });
      const author = authorize(can.editReview(actor, facts), actor, "add claims to this article");
      const revision = await latestRevision(tx, article.id);
      if (input.verdict !== undefined) authorize(can.rateClaims(actor, facts), actor, "rate claims of this article");
      const span = claimSpan(revision.text, input.start, input.end);
      const rated = input.verdict;
      const decides = rated !== undefined && ratingDecidesVerdict({ byEditor: can.setConsensusVerdict(actor), current: null, ratingsBefore: [], ratingsAfter: [rated], rated });
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          revisionId: revision.id,
          ...span,
          creationSpanKey: creationSpanKey(revision.id, span, author.id),
          restatement: input.restatement,
          checkable: decides ? rated !== "not_checkable" : input.checkable,
          verdict: decides ? rated : input.checkable ? null : "not_checkable",
          tagsJson: JSON.stringify(input.tags),
          createdById: author.id,
        },
      });
      await recordAuditEvent(tx, actor, { action: "claim.create", entityType: "Claim", entityId: claim.id, articleId: article.id, after: claim });
      if (rated !== undefined) {
        const rating = await tx.rating.create({ data: { claimId: claim.id, reviewerId: author.id, verdict: rated, confidence: 3, rationale: "" } });
        await recordAuditEvent(tx, actor, { action: "rating.save", entityType: "Rating", entityId: rating.id, articleId: article.id, before: null, after: rating });
      }
      await bumpReviewPageVersions(tx, article.id);
      return claim;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", DUPLICATE_CLAIM_MESSAGE, { current: null, duplicate: true });
    throw error;
  }
  await revalidateReviewPages(result.articleId);
  return result;
}
