import { z } from "zod";
import { ZArticleStatus, ZRole, ZStance, ZStudyDesign, ZVerdict } from "../review";

/**
 * Building blocks of the API's answers as they travel: what a route may hand over (the schema's
 * input: a Date, a database string) and what the browser reads (its output: an ISO string, the
 * enum the column was written from). Routes check their answers against the input side at
 * compile time (`satisfies ApiReply<"name">`); the client is typed with the output side.
 */

/** A timestamp: a Date on the server, its ISO 8601 string in JSON. */
export const ZWireDate = z.union([z.date(), z.string()]).transform((value) => (typeof value === "string" ? value : value.toISOString()));

/**
 * A column stored as a plain string that only ever receives values of `schema` (every write is
 * validated with it at the door): the route passes the string, the browser reads the enum.
 */
const stored = <T extends z.ZodType<string, string>>(schema: T) => z.string().pipe(schema);

export const ZStoredVerdict = stored(ZVerdict);
export const ZStoredStance = stored(ZStance);
export const ZStoredStudyDesign = stored(ZStudyDesign);
export const ZStoredArticleStatus = stored(ZArticleStatus);
export const ZStoredRole = stored(ZRole);

/** The answer of a route that only confirms. */
export const ZOk = z.object({ ok: z.literal(true) });

/** A claim as stored (the answer of every claim write, and the `current` of a 409 on a stale one). */
export const ZClaimRow = z.object({
  id: z.string(),
  articleId: z.string(),
  revisionId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorMethod: z.string().nullable(),
  anchorScore: z.number().nullable(),
  orphaned: z.boolean(),
  restatement: z.string(),
  /** The claim's tags as a JSON array of strings. */
  tagsJson: z.string(),
  verdict: ZStoredVerdict.nullable(),
  rationale: z.string(),
  checkable: z.boolean(),
  version: z.number().int().positive(),
  createdById: z.string(),
  createdAt: ZWireDate,
  updatedAt: ZWireDate,
});
export type TClaimRow = z.output<typeof ZClaimRow>;

export const ZEvidenceRow = z.object({
  id: z.string(),
  claimId: z.string(),
  sourceId: z.string(),
  position: z.number().int(),
  finding: z.string(),
  locator: z.string().nullable(),
  stance: ZStoredStance,
  studyDesign: ZStoredStudyDesign,
  note: z.string().nullable(),
  createdAt: ZWireDate,
  updatedAt: ZWireDate,
});
export type TEvidenceRow = z.output<typeof ZEvidenceRow>;

export const ZRatingRow = z.object({
  id: z.string(),
  claimId: z.string(),
  reviewerId: z.string(),
  verdict: ZStoredVerdict,
  confidence: z.number().int(),
  rationale: z.string(),
  createdAt: ZWireDate,
  updatedAt: ZWireDate,
});
export type TRatingRow = z.output<typeof ZRatingRow>;

/** A user as editors see them in assignment lists. */
export const ZPerson = z.object({ id: z.string(), email: z.string(), name: z.string(), role: ZStoredRole });
export type TPerson = z.output<typeof ZPerson>;

/** A new article's address. */
export const ZCreatedArticle = z.object({ slug: z.string(), id: z.string() });
