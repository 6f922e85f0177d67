import { z } from "zod";

/** Where a claim was before a re-import moved it: enough to restore it if a reviewer detaches a fuzzy match. */
export const ZAnchorSnapshot = z.object({
  revisionId: z.string(),
  revisionNumber: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TAnchorSnapshot = z.infer<typeof ZAnchorSnapshot>;

export const ZImportOutcomeRecord = z.object({
  claimId: z.string(),
  kind: z.enum(["moved", "fuzzy", "orphaned"]),
  recovered: z.boolean(),
  score: z.number().min(0).max(1).nullable(),
  before: ZAnchorSnapshot,
  after: z.object({ start: z.number().int(), end: z.number().int(), exact: z.string() }).nullable(),
});
export type TImportOutcomeRecord = z.infer<typeof ZImportOutcomeRecord>;

/** The audit record of one re-import (its `after`): counts, and every claim that did not stay put. */
export const ZImportSummary = z.object({
  revision: z.number().int().positive(),
  previousRevision: z.number().int().positive(),
  contentHash: z.string(),
  counts: z.object({
    total: z.number().int(),
    unchanged: z.number().int(),
    moved: z.number().int(),
    fuzzy: z.number().int(),
    orphaned: z.number().int(),
    still_orphaned: z.number().int(),
    recovered: z.number().int(),
  }),
  outcomes: z.array(ZImportOutcomeRecord),
});
export type TImportSummary = z.infer<typeof ZImportSummary>;

export const REVISION_IMPORT_ACTION = "revision.import";
