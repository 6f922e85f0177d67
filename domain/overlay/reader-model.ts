import { formatSourceCitation } from "../export/source-citation";
import type { Stance, StudyDesign, Verdict } from "../ratings/scale";
import type { TReviewDocument } from "../schemas/review";
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
  const blocks = review.revision.blocks;
  const sortedBlocks = [...blocks].sort((a, b) => a.start - b.start);
  const sectionAt = (offset: number) => {
    // The last block starting at or before the offset (blocks do not overlap).
    let low = 0;
    let high = sortedBlocks.length - 1;
    let found: (typeof blocks)[number] | undefined;
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
  const claims: ReaderClaim[] = [...review.claims].sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end).map((claim) => ({
    id: claim.id,
    start: claim.position.start,
    end: claim.position.end,
    quote: claim.quote.exact,
    restatement: claim.restatement || claim.quote.exact,
    verdict: claim.verdict,
    rationale: claim.rationale,
    tags: claim.tags,
    section: sectionAt(claim.position.start),
    orphaned: claim.anchor.orphaned || claim.position.end > review.revision.text.length,
    evidence: claim.evidence.map((item) => {
      const source = sources.get(item.sourceId);
      return {
        id: item.id,
        citation: citations.get(item.sourceId) ?? "Unknown source",
        doi: source?.doi ?? null,
        pmid: source?.pmid ?? null,
        url: source?.url ?? null,
        finding: item.finding,
        locator: item.locator,
        stance: item.stance,
        studyDesign: item.studyDesign,
        note: item.note,
      };
    }),
  }));
  const located = claims.filter((claim) => !claim.orphaned);
  return {
    slug: review.article.slug,
    title: review.article.title,
    author: review.article.author,
    sourceUrl: review.article.sourceUrl,
    publishedAt: review.article.publishedAt,
    summary: review.article.summary,
    text: review.revision.text,
    blocks: segmentBlocks(blocks, located),
    claims,
    readingOrder: located.map((claim) => claim.id),
    unlocatedIds: claims.filter((claim) => claim.orphaned).map((claim) => claim.id),
    scorecard: computeScorecard(claims),
  };
}
