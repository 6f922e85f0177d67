import "server-only";
import { normalizeDoi, normalizePmid, normalizeUrl } from "@/domain/citations";
import { referenceToStore } from "@/domain/export/source-citation";
import { ZReviewImport, type TReviewImport } from "@/domain/schemas/review-import";
import type { ZodError } from "zod";
import { db, type Tx } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";

/**
 * Recreates a review from its JSON export (editors only), in one transaction: the article and
 * its revisions, claims with their anchors, sources, evidence and ratings, keeping the ids and
 * timestamps of the file, so that exporting it again gives the same JSON.
 *
 * Ratings belong to accounts: each rating's reviewer email must match an account here. When
 * some do not, nothing is imported and the error lists the missing emails (create those
 * accounts first); ratings are never attributed to someone else or to made-up users.
 * A source that already exists here (same id, or same DOI, PMID or URL) is reused.
 *
 * The file is checked whole (ZReviewImport) before the transaction opens, whoever calls this:
 * a bad file is refused with the path of each bad field, and nothing is written.
 */
export async function importReview(actor: Actor | null, file: unknown) {
  const editor = authorizeImport(actor);
  const parsed = ZReviewImport.safeParse(file);
  if (!parsed.success) throw invalidFile(parsed.error);
  const review = parsed.data;
  const result = await db.$transaction(async (tx) => {
    await refuseExisting(tx, review);
    const reviewers = await reviewersByEmail(tx, review);
    const revisions = [...review.previousRevisions, review.revision];

    const article = await tx.article.create({
      data: {
        slug: review.article.slug,
        title: review.article.title,
        author: review.article.author,
        sourceUrl: review.article.sourceUrl,
        publishedAt: review.article.publishedAt ? new Date(review.article.publishedAt) : null,
        status: review.article.status,
        summary: review.article.summary,
        createdById: editor.id,
        createdAt: new Date(review.article.createdAt),
        updatedAt: new Date(review.article.updatedAt),
      },
    });
    let currentRevisionId = "";
    for (const revision of revisions) {
      const created = await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number: revision.number,
          text: revision.text,
          blocksJson: JSON.stringify(revision.blocks),
          contentHash: revision.contentHash,
          createdAt: new Date(revision.createdAt),
        },
      });
      if (revision.number === review.revision.number) currentRevisionId = created.id;
    }

    const sourceIds = new Map<string, string>();
    for (const source of review.sources) sourceIds.set(source.id, await findOrCreateImportedSource(tx, source));

    for (const claim of review.claims) {
      await tx.claim.create({
        data: {
          id: claim.id,
          articleId: article.id,
          revisionId: currentRevisionId,
          start: claim.position.start,
          end: claim.position.end,
          exact: claim.quote.exact,
          prefix: claim.quote.prefix,
          suffix: claim.quote.suffix,
          anchorMethod: claim.anchor.method === "created" ? null : claim.anchor.method,
          anchorScore: claim.anchor.method === "created" && claim.anchor.score === 1 ? null : claim.anchor.score,
          orphaned: claim.anchor.orphaned,
          restatement: claim.restatement,
          tagsJson: JSON.stringify(claim.tags),
          verdict: claim.verdict,
          rationale: claim.rationale,
          checkable: claim.checkable,
          version: claim.version,
          createdById: editor.id,
          createdAt: new Date(claim.createdAt),
          updatedAt: new Date(claim.updatedAt),
        },
      });
      for (const [position, item] of claim.evidence.entries()) {
        const sourceId = sourceIds.get(item.sourceId);
        if (!sourceId) throw new AppError("INVALID_INPUT", `Evidence ${item.id} cites source ${item.sourceId}, which is not in the file's sources.`);
        await tx.evidence.create({
          data: { id: item.id, claimId: claim.id, sourceId, position, finding: item.finding, locator: item.locator, stance: item.stance, studyDesign: item.studyDesign, note: item.note },
        });
      }
      for (const [index, rating] of claim.ratings.entries()) {
        await tx.rating.create({
          data: {
            id: rating.id,
            claimId: claim.id,
            reviewerId: reviewers.get(rating.reviewerEmail.toLowerCase()) as string,
            verdict: rating.verdict,
            confidence: rating.confidence,
            rationale: rating.rationale,
            // The file keeps ratings in the order they were made; their creation times keep that order.
            createdAt: new Date(Date.parse(claim.createdAt) + index),
            updatedAt: new Date(rating.updatedAt),
          },
        });
      }
    }
    await recordAuditEvent(tx, actor, {
      action: "article.import",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      after: { slug: article.slug, claims: review.claims.length, sources: review.sources.length, exportedAt: review.exportedAt },
    });
    await bumpReviewPageVersions(tx, article.id);
    return { slug: article.slug, id: article.id, claims: review.claims.length, sources: review.sources.length };
  });
  await revalidateReviewPages(result.id);
  return result;
}

/** Called by the route before it reads the (possibly large) body, and again by importReview. */
export function authorizeImport(actor: Actor | null): Actor {
  return authorize(can.changeStatus(actor), actor, "import a review");
}

function invalidFile(error: ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const problems = Object.entries(fieldErrors).map(([path, messages]) => `${path}: ${messages.map(sentence).join(" ")}`);
  const more = problems.length > 5 ? ` And ${problems.length - 5} more.` : "";
  return new AppError("INVALID_INPUT", `The file cannot be imported. ${problems.slice(0, 5).join(" ")}${more} Nothing was imported.`, { fieldErrors, problems });
}

async function refuseExisting(tx: Tx, review: TReviewImport): Promise<void> {
  if (await tx.article.findUnique({ where: { slug: review.article.slug }, select: { id: true } })) {
    throw new AppError("CONFLICT", `An article with the address "${review.article.slug}" already exists here. Nothing was imported.`);
  }
  const claimIds = review.claims.map((claim) => claim.id);
  const evidenceIds = review.claims.flatMap((claim) => claim.evidence.map((item) => item.id));
  const ratingIds = review.claims.flatMap((claim) => claim.ratings.map((rating) => rating.id));
  let existing = 0;
  for (const ids of chunks(claimIds)) existing += await tx.claim.count({ where: { id: { in: ids } } });
  for (const ids of chunks(evidenceIds)) existing += await tx.evidence.count({ where: { id: { in: ids } } });
  for (const ids of chunks(ratingIds)) existing += await tx.rating.count({ where: { id: { in: ids } } });
  if (existing > 0) {
    throw new AppError("CONFLICT", "This review's claims are already here (same ids): it was imported before. Nothing was imported.");
  }
}

/** SQLite takes at most 999 bound parameters per statement: ask about ids in slices. */
function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

async function reviewersByEmail(tx: Tx, review: TReviewImport): Promise<Map<string, string>> {
  const emails = [...new Set(review.claims.flatMap((claim) => claim.ratings.map((rating) => rating.reviewerEmail.toLowerCase())))];
  const users: { id: string; email: string }[] = [];
  for (const slice of chunks(emails)) users.push(...(await tx.user.findMany({ where: { email: { in: slice } }, select: { id: true, email: true } })));
  const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
  const missing = emails.filter((email) => !byEmail.has(email));
  if (missing.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `Ratings in this file were made by ${missing.length === 1 ? "a reviewer who has" : "reviewers who have"} no account here: ${missing.join(", ")}. Create ${missing.length === 1 ? "that account" : "those accounts"}, then import again. Nothing was imported.`,
      { missingReviewerEmails: missing },
    );
  }
  return byEmail;
}

/**
 * The same work is the same source: reuse by id, then DOI, PMID and normalized URL; else create
 * it with the file's id, its DOI and PMID in the canonical form every lookup uses (an upper-case
 * DOI stored as written would be missed by the next lookup and then collide with it).
 */
async function findOrCreateImportedSource(tx: Tx, source: TReviewImport["sources"][number]): Promise<string> {
  const doi = source.doi ? normalizeDoi(source.doi) : null;
  const pmid = source.pmid ? normalizePmid(source.pmid) : null;
  const normalizedUrl = source.url ? normalizeUrl(source.url) : null;
  const existing =
    (await tx.source.findUnique({ where: { id: source.id }, select: { id: true } })) ??
    (doi ? await tx.source.findUnique({ where: { doi }, select: { id: true } }) : null) ??
    (pmid ? await tx.source.findUnique({ where: { pmid }, select: { id: true } }) : null) ??
    (normalizedUrl ? await tx.source.findUnique({ where: { normalizedUrl }, select: { id: true } }) : null);
  if (existing) return existing.id;
  const created = await tx.source.create({
    data: {
      id: source.id,
      type: typeof source.csl.type === "string" ? source.csl.type : "article-journal",
      title: source.title,
      authorsJson: JSON.stringify(source.authors),
      container: source.container,
      year: source.year,
      doi,
      pmid,
      url: source.url,
      normalizedUrl,
      cslJson: JSON.stringify(source.csl),
      // Formatted here, never taken from the file.
      ...referenceToStore(source.csl),
    },
  });
  return created.id;
}
