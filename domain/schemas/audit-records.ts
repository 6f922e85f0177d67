import { z } from "zod";

/** Shapes the app reads back out of its own audit records (AuditEvent.beforeJson / afterJson). */

/** The `after` of an article.status event: the move, and the editor's note when a review was sent back. */
export const ZStatusMoveRecord = z.object({ status: z.string(), handoff: z.string().optional(), note: z.string().optional() });

const date = z.coerce.date();
/** What deleteClaim wrote into its audit record: the claim with its evidence, ratings and links, as stored. */
export const ZDeletedClaimRecord = z.object({
  claim: z.looseObject({
    id: z.string(),
    articleId: z.string(),
    revisionId: z.string(),
    start: z.number(),
    end: z.number(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    anchorMethod: z.string().nullable(),
    anchorScore: z.number().nullable(),
    orphaned: z.boolean(),
    restatement: z.string(),
    tagsJson: z.string(),
    verdict: z.string().nullable(),
    rationale: z.string(),
    checkable: z.boolean(),
    version: z.number(),
    createdById: z.string(),
    createdAt: date,
  }),
  evidence: z.array(
    z.object({ id: z.string(), sourceId: z.string(), position: z.number(), finding: z.string(), locator: z.string().nullable(), stance: z.string(), studyDesign: z.string(), note: z.string().nullable(), createdAt: date }),
  ),
  ratings: z.array(z.object({ id: z.string(), reviewerId: z.string(), verdict: z.string(), confidence: z.number(), rationale: z.string(), createdAt: date })),
  /** "Same claim as" links; records written before links existed have none. */
  links: z.array(z.object({ id: z.string(), firstClaimId: z.string(), secondClaimId: z.string(), createdById: z.string(), createdAt: date })).default([]),
});
