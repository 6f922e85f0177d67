import { z } from "zod";
import { normalizeDoi, normalizePmid } from "../citations/normalize-identifiers";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../text/slugify";
import { isHttpUrl } from "./http-url";
import { ZArticleRecord, ZClaimRecord, ZCslItem, ZEvidenceRecord, ZRatingRecord, ZReviewDocument, ZRevisionRecord, ZSourceRecord, type TReviewDocument } from "./review";

/**
 * What POST /api/import accepts: the JSON export's shape (ZReviewDocument) with the rules a
 * file from elsewhere must also follow before anything is written. Every refusal names the
 * path of the bad field (`claims.3.ratings.1.reviewerEmail`).
 *
 * - addresses: lower-case words and hyphens; links: http(s) only (a `javascript:` or `data:`
 *   URL would become a live link on the reader page);
 * - timestamps: ISO 8601 (`new Date("garbage")` cannot be stored);
 * - numbers the database keeps in 32-bit columns stay far below 2^31, also after later saves;
 * - a file that does not fit together: a block or claim outside its text, a quote not at its
 *   position, evidence citing a missing source, an id used twice, two ratings by one reviewer
 *   on one claim.
 */

/** Versions and revision numbers grow by one per save: a billion leaves room for every later save in a 32-bit column. */
export const MAX_IMPORTED_COUNTER = 1_000_000_000;

const ZId = z.string().min(1, "An id cannot be empty.").max(200, "Keep ids under 200 characters.");

const isIsoDateTime = z.iso.datetime({ offset: true });
const isIsoDate = z.iso.date();
const ZTimestamp = z
  .string()
  .refine((value) => isIsoDateTime.safeParse(value).success || isIsoDate.safeParse(value).success, "Use an ISO 8601 time such as 2025-03-02T10:30:00.000Z.");

const ZHttpUrl = z.string().max(10_000, "Keep addresses under 10,000 characters.").refine(isHttpUrl, "Only http:// and https:// addresses can be imported.");

const ZSlug = z
  .string()
  .min(1, "The article needs an address (slug).")
  .max(MAX_SLUG_LENGTH, `Keep the address under ${MAX_SLUG_LENGTH} characters.`)
  .regex(SLUG_PATTERN, "An address is lower-case letters and digits joined by single hyphens, such as vitamin-k2-claims.");

const ZCounter = z.number().int().positive().max(MAX_IMPORTED_COUNTER, `Numbers above ${MAX_IMPORTED_COUNTER.toLocaleString("en")} are not imported.`);

const ZImportedRevision = ZRevisionRecord.extend({ number: ZCounter, createdAt: ZTimestamp });

const ZImportedSource = ZSourceRecord.extend({
  id: ZId,
  year: z.number().int().min(-9999).max(9999).nullable(),
  doi: z
    .string()
    .nullable()
    .refine((doi) => doi === null || normalizeDoi(doi) !== null, "A DOI looks like 10.1234/abcd."),
  pmid: z
    .string()
    .nullable()
    .refine((pmid) => pmid === null || normalizePmid(pmid) !== null, "A PMID is a number such as 9052783."),
  url: ZHttpUrl.nullable(),
  csl: ZCslItem.extend({ URL: ZHttpUrl.optional() }),
}).omit({ reference: true });

const ZImportedClaim = ZClaimRecord.extend({
  id: ZId,
  version: ZCounter,
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  evidence: z.array(ZEvidenceRecord.extend({ id: ZId })),
  ratings: z.array(
    ZRatingRecord.extend({
      id: ZId,
      reviewerEmail: z.string({ error: "Each rating needs its reviewer's email (export the review as an editor)." }).min(3).max(320),
      updatedAt: ZTimestamp,
    }),
  ),
});

export const ZReviewImport = ZReviewDocument.extend({
  exportedAt: ZTimestamp,
  article: ZArticleRecord.extend({
    slug: ZSlug,
    sourceUrl: ZHttpUrl.nullable(),
    publishedAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  }),
  revision: ZImportedRevision,
  previousRevisions: z.array(ZImportedRevision).default([]),
  sources: z.array(ZImportedSource),
  claims: z.array(ZImportedClaim),
}).superRefine((review, ctx) => {
  for (const problem of reviewImportProblems(review)) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
});
export type TReviewImport = z.infer<typeof ZReviewImport>;

export interface ImportProblem {
  path: (string | number)[];
  message: string;
}

/** What the field rules cannot see: the parts of a file that do not fit together. */
export function reviewImportProblems(review: TReviewDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (path: ImportProblem["path"], message: string) => problems.push({ path, message });

  const revisions: [ImportProblem["path"], TReviewDocument["revision"]][] = [
    ...review.previousRevisions.map((revision, index): [ImportProblem["path"], TReviewDocument["revision"]] => [["previousRevisions", index], revision]),
    [["revision"], review.revision],
  ];
  const numbers = new Set<number>();
  for (const [path, revision] of revisions) {
    if (numbers.has(revision.number)) add([...path, "number"], `Two revisions have the number ${revision.number}.`);
    numbers.add(revision.number);
    if (revision.number > review.revision.number) add([...path, "number"], "An earlier revision has a higher number than the current one.");
    for (const [index, block] of revision.blocks.entries()) {
      if (!(block.start <= block.end && block.end <= revision.text.length)) {
        add([...path, "blocks", index], `This block spans ${block.start}–${block.end}, outside its text (${revision.text.length} characters).`);
      }
    }
  }

  const text = review.revision.text;
  const sourceIds = new Set<string>();
  for (const [index, source] of review.sources.entries()) {
    if (sourceIds.has(source.id)) add(["sources", index, "id"], `The id ${source.id} is used by two sources.`);
    sourceIds.add(source.id);
  }
  const seen = { claim: new Set<string>(), evidence: new Set<string>(), rating: new Set<string>() };
  for (const [claimIndex, claim] of review.claims.entries()) {
    const at = ["claims", claimIndex];
    if (seen.claim.has(claim.id)) add([...at, "id"], `The id ${claim.id} is used by two claims.`);
    seen.claim.add(claim.id);
    const { start, end } = claim.position;
    if (!(start < end && end <= text.length)) {
      add([...at, "position"], `The claim spans ${start}–${end}, outside the article's text (${text.length} characters).`);
    } else if (!claim.anchor.orphaned && text.slice(start, end) !== claim.quote.exact) {
      add([...at, "quote", "exact"], `The quote is not the article's text at ${start}–${end}.`);
    }
    for (const [index, item] of claim.evidence.entries()) {
      if (seen.evidence.has(item.id)) add([...at, "evidence", index, "id"], `The id ${item.id} is used by two evidence items.`);
      seen.evidence.add(item.id);
      if (!sourceIds.has(item.sourceId)) add([...at, "evidence", index, "sourceId"], `This evidence cites source ${item.sourceId}, which is not in the file's sources.`);
    }
    const reviewers = new Set<string>();
    for (const [index, rating] of claim.ratings.entries()) {
      if (seen.rating.has(rating.id)) add([...at, "ratings", index, "id"], `The id ${rating.id} is used by two ratings.`);
      seen.rating.add(rating.id);
      const reviewer = rating.reviewerEmail?.toLowerCase();
      if (reviewer === undefined) continue;
      if (reviewers.has(reviewer)) add([...at, "ratings", index, "reviewerEmail"], `${rating.reviewerEmail} rated this claim twice; a reviewer has one rating per claim.`);
      reviewers.add(reviewer);
    }
  }
  return problems;
}
