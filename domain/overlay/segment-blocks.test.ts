import { describe, expect, it } from "vitest";
import type { TBlock } from "../schemas/review";
import fc from "fast-check";
import { segmentBlocks, type ClaimSpan } from "./segment-blocks";

const text = "One two three.\n\nFour five six.";
const blocks: TBlock[] = [
  { kind: "paragraph", start: 0, end: 14, section: "article" },
  { kind: "paragraph", start: 16, end: 31, section: "article" },
];

const pieces = (result: ReturnType<typeof segmentBlocks>, index: number) =>
  result[index]!.segments.map((s) => [text.slice(s.start, s.end), s.claimIds.join(",")]);

describe("segmentBlocks", () => {
  it("leaves a block without claims in one piece", () => {
    expect(pieces(segmentBlocks(blocks, []), 0)).toEqual([["One two three.", ""]]);
  });

  it("cuts at a claim's boundaries", () => {
    expect(pieces(segmentBlocks(blocks, [{ id: "a", start: 4, end: 7 }]), 0)).toEqual([
      ["One ", ""],
      ["two", "a"],
      [" three.", ""],
    ]);
  });

  it("lists both claims, innermost first, where claims nest", () => {
    const result = segmentBlocks(blocks, [
      { id: "outer", start: 0, end: 14 },
      { id: "inner", start: 4, end: 7 },
    ]);
    expect(pieces(result, 0)).toEqual([
      ["One ", "outer"],
      ["two", "inner,outer"],
      [" three.", "outer"],
    ]);
  });

  it("handles partly overlapping claims", () => {
    const result = segmentBlocks(blocks, [
      { id: "left", start: 0, end: 7 },
      { id: "right", start: 4, end: 13 },
    ]);
    expect(pieces(result, 0)).toEqual([
      ["One ", "left"],
      ["two", "left,right"],
      [" three", "right"],
      [".", ""],
    ]);
  });

  it("splits a claim that spans two blocks into a piece in each", () => {
    const result = segmentBlocks(blocks, [{ id: "span", start: 8, end: 20 }]);
    expect(pieces(result, 0)).toEqual([
      ["One two ", ""],
      ["three.", "span"],
    ]);
    expect(pieces(result, 1)).toEqual([
      ["Four", "span"],
      [" five six.", ""],
    ]);
  });

  it("gives the same pieces as cutting every block against every claim, for any claims", () => {
    const manyBlocks: TBlock[] = Array.from({ length: 12 }, (_, i) => ({ kind: "paragraph", start: i * 10, end: i * 10 + 8, section: "article" }));
    const span = fc.tuple(fc.nat(125), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const claims: ClaimSpan[] = spans.map((s, i) => ({ id: `c${i}`, ...s }));
        expect(segmentBlocks(manyBlocks, claims)).toEqual(bruteForce(manyBlocks, claims));
      }),
    );
  });

  it("cuts 2,000 claims over 1,500 paragraphs, overlaps included", () => {
    const manyBlocks: TBlock[] = Array.from({ length: 1500 }, (_, i) => ({ kind: "paragraph", start: i * 400, end: i * 400 + 398, section: "article" }));
    const claims: ClaimSpan[] = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, start: i * 300, end: i * 300 + (i % 20 === 0 ? 700 : 120) }));
    const result = segmentBlocks(manyBlocks, claims);
    expect(result).toHaveLength(1500);
    expect(result.flatMap((b) => b.segments).filter((s) => s.claimIds.length > 1).length).toBeGreaterThan(0);
  });
});

/** The obvious quadratic cut, kept as the reference the sweep must match. */
function bruteForce(blocks: readonly TBlock[], claims: readonly ClaimSpan[]) {
  const byLength = [...claims].filter((c) => c.end > c.start).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  return blocks.map((block) => {
    const inBlock = byLength.filter((c) => c.start < block.end && c.end > block.start);
    const cuts = new Set<number>([block.start, block.end]);
    for (const claim of inBlock) {
      cuts.add(Math.max(claim.start, block.start));
      cuts.add(Math.min(claim.end, block.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      segments.push({ start, end, claimIds: inBlock.filter((c) => c.start <= start && c.end >= end).map((c) => c.id) });
    }
    return { block, segments };
  });
}
