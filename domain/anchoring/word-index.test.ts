import { describe, expect, it } from "vitest";
import { buildWordIndex, votedStarts } from "./word-index";

const filler = "lorem ipsum dolor sit amet ".repeat(40);
const text = filler + "natto supplies menaquinone seven richly" + filler;

describe("votedStarts", () => {
  it("points at the region holding the quote's words", () => {
    const starts = votedStarts(buildWordIndex(text), "natto supplies menaquinone-7 richly");
    const at = text.indexOf("natto");
    expect(starts?.some((s) => Math.abs(s - at) <= 64)).toBe(true);
  });

  it("finds no region for words the text does not have", () => {
    expect(votedStarts(buildWordIndex(text), "entirely different sentence here")).toEqual([]);
  });

  it("declines a quote with fewer than two words to vote with", () => {
    expect(votedStarts(buildWordIndex(text), "natto")).toBeNull();
  });
});
