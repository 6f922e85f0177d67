import type { TBlock } from "../schemas/review";

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** Claims covering this piece of text, innermost (shortest) first. */
  claimIds: string[];
}

export interface SegmentedBlock {
  block: TBlock;
  segments: TextSegment[];
}

/**
 * Cuts each block's text at every claim boundary, so that each piece is covered by one fixed
 * set of claims. Overlapping and nested claims, and claims that span blocks, come out right:
 * a piece inside two claims lists both.
 */
export function segmentBlocks(blocks: readonly TBlock[], claims: readonly ClaimSpan[]): SegmentedBlock[] {
  const byLength = [...claims].filter((c) => c.end > c.start).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  return blocks.map((block) => {
    const inBlock = byLength.filter((c) => c.start < block.end && c.end > block.start);
    const cuts = new Set<number>([block.start, block.end]);
    for (const claim of inBlock) {
      cuts.add(Math.max(claim.start, block.start));
      cuts.add(Math.min(claim.end, block.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: TextSegment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const claimIds = inBlock.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
      segments.push({ start, end, claimIds });
    }
    return { block, segments };
  });
}
