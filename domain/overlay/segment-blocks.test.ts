import { describe, expect, it } from "vitest";
import type { TBlock } from "../schemas/review";
import { segmentBlocks } from "./segment-blocks";

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
});
