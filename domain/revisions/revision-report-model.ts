import type { Verdict } from "../ratings/scale";
import type { OrphanExplanation } from "./explain-orphan";
import type { TBlock } from "../schemas/review";
import type { TImportOutcomeRecord, TImportSummary } from "./import-summary";

export interface RevisionReportClaim {
  id: string;
  version: number;
  restatement: string;
  verdict: Verdict | null;
  exact: string;
  start: number;
  end: number;
  revisionNumber: number;
  anchorMethod: string | null;
  anchorScore: number | null;
  orphaned: boolean;
  evidenceCount: number;
  ratingCount: number;
  /** For an orphan: why it is not placed on the current text, and places to re-attach it to in one click. */
  orphan: OrphanExplanation | null;
}

/** What the reviewer's revisions page shows. */
export interface RevisionReport {
  slug: string;
  title: string;
  sourceUrl: string | null;
  status: string;
  canEdit: boolean;
  current: { number: number; text: string; blocks: TBlock[]; createdAt: string; contentHash: string };
  revisions: { number: number; createdAt: string; contentHash: string }[];
  claims: RevisionReportClaim[];
  /** The latest re-import's record: what moved, what matched approximately, what was orphaned. */
  lastImport: (TImportSummary & { at: string; by: string | null }) | null;
}

export interface ReportSections {
  /** Approximate matches still waiting for a reviewer, with the text they had before. */
  toConfirm: { claim: RevisionReportClaim; before: string | null }[];
  orphans: RevisionReportClaim[];
  /** Claims the latest import moved (same text, new offsets), as that import recorded them. */
  moved: { claim: RevisionReportClaim; outcome: TImportOutcomeRecord }[];
}

/** Splits the claims into what needs a reviewer (approximate matches, orphans) and what the last import moved. */
export function reportSections(report: RevisionReport): ReportSections {
  const outcomes = new Map((report.lastImport?.outcomes ?? []).map((o) => [o.claimId, o]));
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  return {
    toConfirm: report.claims.filter((c) => !c.orphaned && c.anchorMethod === "fuzzy").map((claim) => ({ claim, before: outcomes.get(claim.id)?.before.exact ?? null })),
    orphans: report.claims.filter((c) => c.orphaned),
    moved: [...outcomes.values()]
      .filter((o) => o.kind === "moved")
      .flatMap((outcome) => {
        const claim = byId.get(outcome.claimId);
        return claim ? [{ claim, outcome }] : [];
      }),
  };
}
