import "server-only";
import { importArticleText } from "../../import/import-article-text";
import { classifyReanchoring, countOutcomes, type ReanchorOutcome, type StoredClaimAnchor } from "@/domain/revisions/classify-reanchoring";
import { REVISION_IMPORT_ACTION, type TImportOutcomeRecord, type TImportSummary } from "@/domain/revisions/import-summary";
import type { TImportRevisionInput } from "@/domain/revisions/revision-inputs";
import { contentHashOf } from "@/domain/text/content-hash";
import { db, type Tx } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { findArticleForActor, latestRevision } from "../articles/find-article-for-actor";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent } from "../audit/record-audit-event";
import { writeClaimAtVersion } from "../claims/change-claim";

/** Re-anchoring thousands of claims takes longer than Prisma's default 5 s transaction limit allows on a busy machine. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Makes the article's changed text its next revision and re-anchors every claim onto it, in one
 * transaction: placed claims get the new revision, offsets and selectors with the method and
 * score that found them; claims that cannot be found become orphans and keep their old
 * selectors, revision, evidence and ratings. A text identical to the current revision is refused.
 */
export async function importRevision(actor: Actor | null, slug: string, input: TImportRevisionInput): Promise<TImportSummary> {
  const imported = importArticleText(input.content, input.format);
  const text = imported.document.text;
  if (text.length === 0) throw new AppError("INVALID_INPUT", "The new text is empty.", { fieldErrors: { content: ["The new text is empty."] } });
  const contentHash = contentHashOf(text);

  const { summary, articleId } = await db.$transaction(
    async (tx) => {
      const { article, facts } = await findArticleForActor(tx, actor, { slug });
      authorize(can.editReview(actor, facts), actor, "import a new revision of this article");
      const current = await latestRevision(tx, article.id);
      if (input.baseRevision !== undefined && input.baseRevision !== current.number) {
        throw new AppError(
          "CONFLICT",
          `Someone imported revision ${current.number} while you were preparing yours (based on revision ${input.baseRevision}). Reload the page, check their revision, then import again.`,
          { currentRevision: current.number },
        );
      }
      if (current.contentHash === contentHash) {
        throw new AppError("INVALID_INPUT", `This text is identical to the current revision (${current.number}); nothing was imported.`, {
          fieldErrors: { content: [`Identical to revision ${current.number}: change the text or choose another file.`] },
        });
      }
      const revision = await tx.articleRevision.create({
        data: { articleId: article.id, number: current.number + 1, text, blocksJson: JSON.stringify(imported.document.blocks), contentHash },
      });
      const summary = await reanchorArticleClaims(tx, article.id, revision, current.number);
      await recordAuditEvent(tx, actor, {
        action: REVISION_IMPORT_ACTION,
        entityType: "ArticleRevision",
        entityId: revision.id,
        articleId: article.id,
        before: { revision: current.number, contentHash: current.contentHash },
        after: summary,
      });
      await bumpReviewPageVersions(tx, article.id);
      return { summary, articleId: article.id };
    },
    { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  await revalidateReviewPages(articleId);
  return summary;
}

async function reanchorArticleClaims(
  tx: Tx,
  articleId: string,
  revision: { id: string; number: number; text: string; contentHash: string },
  previousNumber: number,
): Promise<TImportSummary> {
  const claims = await tx.claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { id: "asc" }] });
  const revisionIds = [...new Set(claims.map((c) => c.revisionId))];
  const sources = await tx.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, number: true, text: true } });
  const texts = new Map(sources.map((r) => [r.id, r.text]));
  const numbers = new Map(sources.map((r) => [r.id, r.number]));
  const stored: StoredClaimAnchor[] = claims;
  const outcomes = classifyReanchoring(revision.text, stored, texts);

  const records: TImportOutcomeRecord[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    const claim = claims[index]!;
    if (outcome.kind === "still_orphaned") continue; // nothing changes for it: no new version
    await writeOutcome(tx, claim, outcome, revision.id);
    if (outcome.kind === "unchanged" && !outcome.recovered) continue;
    records.push({
      claimId: claim.id,
      kind: outcome.kind === "unchanged" ? "moved" : outcome.kind,
      recovered: outcome.recovered,
      score: outcome.placed?.score ?? null,
      before: {
        revisionId: claim.revisionId,
        revisionNumber: numbers.get(claim.revisionId)!,
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
      },
      after: outcome.placed && { start: outcome.placed.start, end: outcome.placed.end, exact: outcome.placed.quote.exact },
    });
  }
  const { total, unchanged, moved, fuzzy, orphaned, still_orphaned, recovered } = countOutcomes(outcomes);
  return {
    revision: revision.number,
    previousRevision: previousNumber,
    contentHash: revision.contentHash,
    counts: { total, unchanged, moved, fuzzy, orphaned, still_orphaned, recovered },
    outcomes: records,
  };
}

/** Writes one claim's new anchor, guarded by the version read in this transaction. */
async function writeOutcome(tx: Tx, claim: { id: string; version: number }, outcome: ReanchorOutcome, revisionId: string): Promise<void> {
  const placed = outcome.placed;
  const data = placed
    ? {
        revisionId,
        start: placed.start,
        end: placed.end,
        exact: placed.quote.exact,
        prefix: placed.quote.prefix,
        suffix: placed.quote.suffix,
        anchorMethod: placed.method,
        anchorScore: placed.score,
        orphaned: false,
      }
    : { orphaned: true, anchorScore: 0 };
  await writeClaimAtVersion(tx, claim, claim.version, data);
}
