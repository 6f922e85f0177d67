import { z } from "zod";
import type { OrphanExplanation } from "../../revisions/explain-orphan";
import { ZImportSummary } from "../../revisions/import-summary";
import { ZClaimAnchorAction, ZImportRevisionFromUrlInput, ZImportRevisionInput } from "../../revisions/revision-inputs";
import { ZBlock } from "../review";
import { ZClaimRow, ZStoredVerdict } from "./wire";
import type { AreaSchemas } from "./route-schemas";

export const ZRevisionReportClaim = z.object({
  id: z.string(),
  version: z.number().int(),
  restatement: z.string(),
  verdict: ZStoredVerdict.nullable(),
  exact: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  revisionNumber: z.number().int(),
  anchorMethod: z.string().nullable(),
  anchorScore: z.number().nullable(),
  orphaned: z.boolean(),
  evidenceCount: z.number().int(),
  ratingCount: z.number().int(),
  /** Computed by domain/revisions/explain-orphan.ts; typed by it. */
  orphan: z.custom<OrphanExplanation>().nullable(),
});

/** What the revisions page shows (domain/revisions/revision-report-model.ts, RevisionReport). */
export const ZRevisionReport = z.object({
  slug: z.string(),
  title: z.string(),
  sourceUrl: z.string().nullable(),
  status: z.string(),
  canEdit: z.boolean(),
  current: z.object({ number: z.number().int(), text: z.string(), blocks: z.array(ZBlock), createdAt: z.string(), contentHash: z.string() }),
  revisions: z.array(z.object({ number: z.number().int(), createdAt: z.string(), contentHash: z.string() })),
  claims: z.array(ZRevisionReportClaim),
  lastImport: ZImportSummary.extend({ at: z.string(), by: z.string().nullable() }).nullable(),
});

/** Where a claim sits after a reviewer confirmed, detached or re-attached it. */
export const ZClaimAnchor = z.object({
  id: z.string(),
  version: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  anchorMethod: z.string().nullable(),
  anchorScore: z.number().nullable(),
  orphaned: z.boolean(),
});

/** Revisions: re-importing an article's changed text and settling the claims it moved. */
export const revisionsApi = {
  getRevisionReport: { output: ZRevisionReport },
  importRevision: { body: ZImportRevisionInput, output: ZImportSummary },
  importRevisionFromUrl: { body: ZImportRevisionFromUrlInput, output: ZImportSummary },
  changeClaimAnchor: { body: ZClaimAnchorAction, output: ZClaimAnchor, conflict: ZClaimRow },
} as const satisfies AreaSchemas;
