import { z } from "zod";
import { ARTICLE_STATUSES, ROLES, STANCES, STUDY_DESIGNS, VERDICTS } from "../ratings/scale";

/**
 * The whole review of one article as plain data: what the JSON export writes and the JSON
 * import reads, and what every other export and the reader page are computed from.
 */

export const ZVerdict = z.enum(VERDICTS);
export const ZStance = z.enum(STANCES);
export const ZStudyDesign = z.enum(STUDY_DESIGNS);
export const ZArticleStatus = z.enum(ARTICLE_STATUSES);
export const ZRole = z.enum(ROLES);

export const ZBlockKind = z.enum(["heading", "paragraph", "quote", "list_item", "comments_heading", "comment"]);
export type TBlockKind = z.infer<typeof ZBlockKind>;

/** A block of the canonical text: [start, end) in UTF-16 code units; section separates the article from reader comments. */
export const ZBlock = z.object({
  kind: ZBlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  section: z.enum(["article", "comments"]).default("article"),
  level: z.number().int().min(1).max(6).optional(),
});
export type TBlock = z.infer<typeof ZBlock>;

export const ZTextQuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string().max(32),
  suffix: z.string().max(32),
});
export const ZTextPositionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** CSL-JSON item, kept open: only the fields the product reads are typed. */
export const ZCslItem = z.looseObject({
    id: z.string().optional(),
    type: z.string().default("article-journal"),
    title: z.string().optional(),
    author: z.array(z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() })).optional(),
    "container-title": z.string().optional(),
    issued: z.object({ "date-parts": z.array(z.array(z.union([z.number(), z.string()]))) }).optional(),
    DOI: z.string().optional(),
    PMID: z.string().optional(),
    URL: z.string().optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
});
export type TCslItem = z.infer<typeof ZCslItem>;

export const ZSourceRecord = z.object({
  id: z.string(),
  title: z.string().min(1),
  authors: z.array(z.string()),
  container: z.string().nullable(),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  url: z.string().nullable(),
  csl: ZCslItem,
  /**
   * The reference as the reports print it (APA, plain text) when it is stored with the source
   * (Source.reference); absent otherwise, and then formatted from `csl`. Derived from `csl`: the
   * JSON export leaves it out and an import never takes it from a file.
   */
  reference: z.string().optional(),
});
export type TSourceRecord = z.infer<typeof ZSourceRecord>;

export const ZEvidenceRecord = z.object({
  id: z.string(),
  sourceId: z.string(),
  finding: z.string(),
  locator: z.string().nullable(),
  stance: ZStance,
  studyDesign: ZStudyDesign,
  note: z.string().nullable(),
});
export type TEvidenceRecord = z.infer<typeof ZEvidenceRecord>;

export const ZRatingRecord = z.object({
  id: z.string(),
  /**
   * Only editors and admins see every reviewer's email (a reviewer sees their own): the public
   * API and exports name reviewers by reviewerName alone. An import needs it on every rating.
   */
  reviewerEmail: z.string().optional(),
  reviewerName: z.string(),
  verdict: ZVerdict,
  confidence: z.number().int().min(1).max(5),
  rationale: z.string(),
  updatedAt: z.string(),
});
export type TRatingRecord = z.infer<typeof ZRatingRecord>;

export const ZClaimRecord = z.object({
  id: z.string(),
  position: ZTextPositionSelector,
  quote: ZTextQuoteSelector,
  /** How the claim was last placed on the current revision's text; orphaned claims could not be placed. */
  anchor: z
    .object({
      method: z.enum(["created", "position", "exact", "fuzzy"]),
      score: z.number().min(0).max(1),
      orphaned: z.boolean(),
    })
    .default({ method: "created", score: 1, orphaned: false }),
  restatement: z.string(),
  tags: z.array(z.string()),
  verdict: ZVerdict.nullable(),
  rationale: z.string(),
  checkable: z.boolean(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  evidence: z.array(ZEvidenceRecord),
  ratings: z.array(ZRatingRecord),
});
export type TClaimRecord = z.infer<typeof ZClaimRecord>;

export const ZArticleRecord = z.object({
  slug: z.string(),
  title: z.string(),
  author: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  status: ZArticleStatus,
  summary: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ZRevisionRecord = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  blocks: z.array(ZBlock),
  contentHash: z.string(),
  createdAt: z.string(),
});

export const ZReviewDocument = z.object({
  format: z.literal("claimcheck-review"),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  article: ZArticleRecord,
  revision: ZRevisionRecord,
  /** Earlier revisions of the article's text, oldest first (the current one is `revision`). */
  previousRevisions: z.array(ZRevisionRecord).default([]),
  sources: z.array(ZSourceRecord),
  claims: z.array(ZClaimRecord),
});
export type TReviewDocument = z.infer<typeof ZReviewDocument>;
