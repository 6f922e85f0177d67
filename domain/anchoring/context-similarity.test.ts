import { describe, expect, it } from "vitest";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";

describe("prefixSimilarity", () => {
  it.each([
    ["identical context", "the quick brown ", "over the quick brown ", 1],
    ["one changed unit in sixteen", "the quick brown ", "the quick browN ", 15 / 16],
    ["no context at all", "the quick brown ", "", 0],
  ])("scores %s", (_label, expected, actual, similarity) => {
    expect(prefixSimilarity(expected, actual)).toBeCloseTo(similarity, 6);
  });

  it("compares against the end of the preceding text, not anywhere in it", () => {
    expect(prefixSimilarity("abcd", "abcdxxxx")).toBeLessThan(0.5);
  });

  it("is null when the quote had no prefix", () => {
    expect(prefixSimilarity("", "anything")).toBeNull();
  });
});

describe("suffixSimilarity", () => {
  it("compares against the start of the following text", () => {
    expect(suffixSimilarity(" jumps over", " jumps over the lazy dog")).toBe(1);
    expect(suffixSimilarity(" jumps over", "xxxxxxx jumps over")).toBeLessThan(0.5);
  });
});
