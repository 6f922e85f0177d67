import "server-only";
import { describeRange } from "@/domain/anchoring/describe-range";
import { snapToWordBoundaries } from "@/domain/text/word-boundaries";
import type { TCreateClaimInput } from "@/domain/schemas/inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";

/** Makes a claim from a span of the article's current text, snapped to whole words. */
export async function createClaim(actor: Actor | null, slug: string, input: TCreateClaimInput) {
  const result = await db.$transaction(async (tx) => {
    const { article, facts } = await findArticleForActor(tx, actor, { slug });
    const author = authorize(can.editReview(actor, facts), actor, "add claims to this article");
    const revision = await latestRevision(tx, article.id);
    if (input.end > revision.text.length) {
      throw new AppError("INVALID_INPUT", `The selection ends at ${input.end}, past the end of the text (${revision.text.length}).`, { fieldErrors: { end: ["Past the end of the text."] } });
    }
    const { start, end } = snapToWordBoundaries(revision.text, input.start, input.end);
    if (end <= start) throw new AppError("INVALID_INPUT", "The selection holds no words.", { fieldErrors: { start: ["Select at least one word."] } });
    const { quote } = describeRange(revision.text, start, end);
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        revisionId: revision.id,
        start,
        end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        restatement: input.restatement,
        checkable: input.checkable,
        verdict: input.checkable ? null : "not_checkable",
        tagsJson: JSON.stringify(input.tags),
        createdById: author.id,
      },
    });
    await recordAuditEvent(tx, actor, { action: "claim.create", entityType: "Claim", entityId: claim.id, articleId: article.id, after: claim });
    return claim;
  });
  await revalidateReviewPages(result.articleId);
  return result;
}
