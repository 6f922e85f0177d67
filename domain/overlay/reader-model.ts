import { safeHttpUrl } from "../export/links";
import { formatSourceCitation } from "../export/source-citation";
import type { Stance, StudyDesign, Verdict } from "../ratings/scale";
import type { TReviewDocument } from "../schemas/review";
import type { TAlsoCheckedIn } from "../schemas/claim-links";
import { renderArticleHtml } from "./article-html";
import { renderReaderArticleHtml } from "./reader-article-html";
import { markdownToRichNodes } from "./markdown-to-rich";
import type { RichNode } from "./rich-text";
import { computeScorecard, type Scorecard } from "./scorecard";
import { segmentBlocks, type SegmentedBlock } from "./segment-blocks";

export interface ReaderEvidence {
  id: string;
  citation: string;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  finding: string;
  locator: string | null;
  stance: Stance;
  studyDesign: StudyDesign;
  note: string | null;
}

export interface ReaderClaim {
  id: string;
  start: number;
  end: number;
  quote: string;
  restatement: string;
  verdict: Verdict | null;
  rationale: string;
  tags: string[];
  section: "article" | "comments";
  /** The claim could not be located in the current revision's text: listed, never highlighted. */
  orphaned: boolean;
  evidence: ReaderEvidence[];
}

/** The narrow object a reader page hands to its client component. */
export interface ReaderModel {
  slug: string;
  title: string;
  author: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  summary: string;
  text: string;
  blocks: SegmentedBlock[];
  /** Every claim, located or not, in reading order (start, then the longer first). */
  claims: ReaderClaim[];
  /** Ids of the highlighted claims in reading order: what next/previous keys walk through. */
  readingOrder: string[];
  /** Ids of claims that could not be located in the current text (anchor.orphaned). */
  unlocatedIds: string[];
  scorecard: Scorecard;
}

export function buildReaderModel(review: TReviewDocument): ReaderModel {
  const sources = new Map(review.sources.map((s) => [s.id, s]));
  const citations = new Map(review.sources.map((s) => [s.id, formatSourceCitation(s)]));
  const claims: ReaderClaim[] = sortedClaims(review).map((claim) => ({
    ...summaryOf(review, claim),
    rationale: claim.rationale,
    evidence: claim.evidence.map((item) => evidenceOf(item, sources.get(item.sourceId), citations.get(item.sourceId))),
  }));
  const located = claims.filter((claim) => !claim.orphaned);
  return {
    ...articleHeading(review),
    text: review.revision.text,
    blocks: segmentBlocks(review.revision.blocks, located),
    claims,
    readingOrder: located.map((claim) => claim.id),
    unlocatedIds: claims.filter((claim) => claim.orphaned).map((claim) => claim.id),
    scorecard: computeScorecard(claims),
  };
}

/** A claim as the reader page carries it: what the highlights, the claim list and the dialog's heading need. */
export type ReaderClaimSummary = Omit<ReaderClaim, "rationale" | "evidence"> & { hasRationale: boolean; evidenceCount: number };

/** What the dialog fetches when a claim is opened (GET /api/articles/<slug>/published-claims/<id>). */
export interface ReaderClaimDetails {
  id: string;
  /** The rationale's Markdown, parsed on the server (domain/overlay/rich-text.ts). */
  rationale: RichNode[];
  evidence: ReaderEvidence[];
  /** Published reviews' claims linked to this one ("same claim as"), when the server lists them. */
  alsoCheckedIn?: TAlsoCheckedIn[];
}

/**
 * What the published reader page hands to its client component: no article text (the body
 * comes as ready HTML, `articleHtml`), no evidence, citations or rationales (fetched per claim
 * when it is opened). A review of 2,000 claims and 6,000 evidence items stays a page of a
 * few hundred kilobytes of payload, and no citation is formatted to render it.
 */
export interface ReaderPageModel extends Omit<ReaderModel, "text" | "blocks" | "claims"> {
  claims: ReaderClaimSummary[];
}

/**
 * `published`: the article as the published reader page writes it (reader-article-html.ts,
 * marks the overlay client completes); otherwise the markup ArticleText renders.
 */
export function buildReaderPageModel(review: TReviewDocument, options: { published?: boolean } = {}): { model: ReaderPageModel; articleHtml: string } {
  const claims: ReaderClaimSummary[] = sortedClaims(review).map((claim) => ({
    ...summaryOf(review, claim),
    hasRationale: claim.rationale.trim() !== "",
    evidenceCount: claim.evidence.length,
  }));
  const located = claims.filter((claim) => !claim.orphaned);
  const highlights = new Map(claims.map((claim) => [claim.id, { verdict: claim.verdict, label: claim.restatement }]));
  return {
    model: {
      ...articleHeading(review),
      claims,
      readingOrder: located.map((claim) => claim.id),
      unlocatedIds: claims.filter((claim) => claim.orphaned).map((claim) => claim.id),
      scorecard: computeScorecard(claims),
    },
    articleHtml: options.published
      ? renderReaderArticleHtml(review.revision.text, segmentBlocks(review.revision.blocks, located), new Map(claims.map((claim) => [claim.id, claim.verdict])))
      : renderArticleHtml(review.revision.text, segmentBlocks(review.revision.blocks, located), highlights),
  };
}

/** One claim's details: its rationale parsed, its evidence with each source's citation. */
export function buildClaimDetails(
  claim: Pick<ReviewClaim, "id" | "rationale" | "evidence">,
  sources: ReadonlyMap<string, TReviewDocument["sources"][number]>,
): ReaderClaimDetails {
  const citations = new Map<string, string>();
  const citationOf = (sourceId: string) => {
    const source = sources.get(sourceId);
    if (!source) return undefined;
    let citation = citations.get(sourceId);
    if (citation === undefined) citations.set(sourceId, (citation = formatSourceCitation(source)));
    return citation;
  };
  return {
    id: claim.id,
    rationale: markdownToRichNodes(claim.rationale),
    evidence: claim.evidence.map((item) => evidenceOf(item, sources.get(item.sourceId), citationOf(item.sourceId))),
  };
}

type ReviewClaim = TReviewDocument["claims"][number];

/** What both reader models show above the article; the "Original article" link only when it is an http(s) address. */
function articleHeading(review: TReviewDocument) {
  const { slug, title, author, sourceUrl, publishedAt, summary } = review.article;
  return { slug, title, author, sourceUrl: safeHttpUrl(sourceUrl), publishedAt, summary };
}

/** Reading order: by start, the longer first where two start together. */
function sortedClaims(review: TReviewDocument): ReviewClaim[] {
  return [...review.claims].sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end);
}

/** The section ("article" or "comments") of the block holding an offset, by binary search over the blocks. */
export function sectionFinder(blocks: readonly TReviewDocument["revision"]["blocks"][number][]): (offset: number) => "article" | "comments" {
  const sortedBlocks = [...blocks].sort((a, b) => a.start - b.start);
  return (offset) => {
    // The last block starting at or before the offset (blocks do not overlap).
    let low = 0;
    let high = sortedBlocks.length - 1;
    let found: (typeof sortedBlocks)[number] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const block = sortedBlocks[middle]!;
      if (block.start <= offset) {
        found = block;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && offset < found.end ? found.section : "article";
  };
}

const sectionFinders = new WeakMap<TReviewDocument, (offset: number) => "article" | "comments">();

/** Whether a claim starting at an offset is in the article or in its reader comments. */
export function claimSectionOf(review: TReviewDocument): (offset: number) => "article" | "comments" {
  let sectionAt = sectionFinders.get(review);
  if (!sectionAt) sectionFinders.set(review, (sectionAt = sectionFinder(review.revision.blocks)));
  return sectionAt;
}

function summaryOf(review: TReviewDocument, claim: ReviewClaim): Omit<ReaderClaim, "rationale" | "evidence"> {
  const sectionAt = claimSectionOf(review);
  return {
    id: claim.id,
    start: claim.position.start,
    end: claim.position.end,
    quote: claim.quote.exact,
    restatement: claim.restatement || claim.quote.exact,
    verdict: claim.verdict,
    tags: claim.tags,
    section: sectionAt(claim.position.start),
    orphaned: claim.anchor.orphaned || claim.position.end > review.revision.text.length,
  };
}

/** One evidence item as the reader and the workspace show it: its finding and the source's citation and links. */
export function evidenceOf(item: ReviewClaim["evidence"][number], source: TReviewDocument["sources"][number] | undefined, citation: string | undefined): ReaderEvidence {
  return {
    id: item.id,
    citation: citation ?? "Unknown source",
    doi: source?.doi ?? null,
    pmid: source?.pmid ?? null,
    url: source?.url ?? null,
    finding: item.finding,
    locator: item.locator,
    stance: item.stance,
    studyDesign: item.studyDesign,
    note: item.note,
  };
}
