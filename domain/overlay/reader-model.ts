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
  claims: ReaderClaim[];
  scorecard: Scorecard;
}

export function buildReaderModel(review: TReviewDocument): ReaderModel {
  const sources = new Map(review.sources.map((s) => [s.id, s]));
  const citations = new Map(review.sources.map((s) => [s.id, formatSourceCitation(s)]));
  const blocks = review.revision.blocks;
  const sectionAt = (offset: number) => blocks.find((b) => offset >= b.start && offset < b.end)?.section ?? "article";
  const claims: ReaderClaim[] = review.claims.map((claim) => ({
    id: claim.id,
    start: claim.position.start,
    end: claim.position.end,
    quote: claim.quote.exact,
    restatement: claim.restatement || claim.quote.exact,
    verdict: claim.verdict,
    rationale: claim.rationale,
    tags: claim.tags,
    section: sectionAt(claim.position.start),
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
  return {
    slug: review.article.slug,
    title: review.article.title,
    author: review.article.author,
    sourceUrl: review.article.sourceUrl,
    publishedAt: review.article.publishedAt,
    summary: review.article.summary,
    text: review.revision.text,
    blocks: segmentBlocks(blocks, claims),
    claims,
    scorecard: computeScorecard(claims),
  };
}
