import { safeHttpUrl } from "../export/links";
import { formatSourceCitation } from "../export/source-citation";
import type { Verdict } from "../ratings/scale";
import type { TBlock, TReviewDocument } from "../schemas/review";
import { evidenceOf, sectionFinder, type ReaderClaim, type ReaderEvidence } from "./reader-model";
import type { SegmentedBlock } from "./segment-blocks";

export interface WorkspaceRating {
  /** Present for the viewer's own rating, and for every rating when the viewer is an editor. */
  reviewerEmail?: string;
  reviewerName: string;
  verdict: Verdict;
  confidence: number;
  rationale: string;
}

/**
 * A claim as the workspace page carries it: what the claim list, the highlights and the publish
 * checklist need. Its rationale, ratings and evidence are fetched when it is opened
 * (WorkspaceClaimDetails, GET /api/claims/<id>).
 */
export interface WorkspaceClaim extends Omit<ReaderClaim, "rationale" | "evidence"> {
  version: number;
  checkable: boolean;
  evidenceCount: number;
}

/** What the workspace page hands to its client component: the article, claim summaries, no evidence or citations. */
export interface WorkspaceModel {
  slug: string;
  title: string;
  author: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  summary: string;
  status: TReviewDocument["article"]["status"];
  text: string;
  /** The blocks without pieces: the workspace draws the claims over the text itself. */
  blocks: SegmentedBlock[];
  /** Every claim, located or not, in reading order (start, then the longer first). */
  claims: WorkspaceClaim[];
  /** The names of everyone who rated a claim of this review (the publish checklist counts them). */
  reviewerNames: string[];
}

/** One claim opened in the workspace editor: the parts the page does not carry. */
export interface WorkspaceClaimDetails {
  id: string;
  version: number;
  /** The span as stored now (the page's copy may be older). */
  start: number;
  end: number;
  quote: string;
  checkable: boolean;
  restatement: string;
  verdict: Verdict | null;
  rationale: string;
  ratings: WorkspaceRating[];
  evidence: ReaderEvidence[];
}

/** The rows the workspace page is built from (server/data/articles/get-workspace-document.ts). */
export interface WorkspaceDocument {
  article: Pick<TReviewDocument["article"], "slug" | "title" | "author" | "sourceUrl" | "publishedAt" | "summary" | "status">;
  revision: { text: string; blocks: TBlock[] };
  claims: Array<{
    id: string;
    start: number;
    end: number;
    exact: string;
    restatement: string;
    verdict: Verdict | null;
    tags: string[];
    orphaned: boolean;
    checkable: boolean;
    version: number;
    evidenceCount: number;
  }>;
  reviewerNames: string[];
}

export function buildWorkspaceModel(document: WorkspaceDocument): WorkspaceModel {
  const { article, revision } = document;
  const sectionAt = sectionFinder(revision.blocks);
  const claims = [...document.claims]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map(
      (claim): WorkspaceClaim => ({
        id: claim.id,
        start: claim.start,
        end: claim.end,
        quote: claim.exact,
        restatement: claim.restatement || claim.exact,
        verdict: claim.verdict,
        tags: claim.tags,
        section: sectionAt(claim.start),
        orphaned: claim.orphaned || claim.end > revision.text.length,
        version: claim.version,
        checkable: claim.checkable,
        evidenceCount: claim.evidenceCount,
      }),
    );
  return {
    slug: article.slug,
    title: article.title,
    author: article.author,
    sourceUrl: safeHttpUrl(article.sourceUrl),
    publishedAt: article.publishedAt,
    summary: article.summary,
    status: article.status,
    text: revision.text,
    blocks: revision.blocks.map((block) => ({ block, segments: [] })),
    claims,
    reviewerNames: document.reviewerNames,
  };
}

/** One claim's details for the workspace editor, each evidence item with its source's citation. */
export function buildWorkspaceClaimDetails(
  claim: Pick<TReviewDocument["claims"][number], "id" | "version" | "checkable" | "restatement" | "verdict" | "rationale" | "evidence"> & {
    start: number;
    end: number;
    exact: string;
    ratings: WorkspaceRating[];
  },
  sources: ReadonlyMap<string, TReviewDocument["sources"][number]>,
): WorkspaceClaimDetails {
  return {
    id: claim.id,
    version: claim.version,
    start: claim.start,
    end: claim.end,
    quote: claim.exact,
    checkable: claim.checkable,
    restatement: claim.restatement || claim.exact,
    verdict: claim.verdict,
    rationale: claim.rationale,
    ratings: claim.ratings,
    evidence: claim.evidence.map((item) => {
      const source = sources.get(item.sourceId);
      return evidenceOf(item, source, source ? formatSourceCitation(source) : undefined);
    }),
  };
}
