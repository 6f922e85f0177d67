import { describe, expect, it } from "vitest";
import { snapToWordBoundaries } from "./word-boundaries";

const text = "Vitamin K2 is the only known substance.";

describe("snapToWordBoundaries", () => {
  it.each([
    ["a start inside a word moves back", 2, 10, "Vitamin K2"],
    ["an end inside a word moves forward", 11, 20, "is the only"],
    ["surrounding spaces are trimmed", 10, 14, "is"],
    ["whole words stay as they are", 18, 22, "only"],
    ["punctuation at the end is kept", 29, 39, "substance."],
  ])("%s", (_label, start, end, expected) => {
    const snapped = snapToWordBoundaries(text, start, end);
    expect(text.slice(snapped.start, snapped.end)).toBe(expected);
  });

  it("returns an empty range for a selection of spaces only", () => {
    const snapped = snapToWordBoundaries("a    b", 2, 4);
    expect(snapped.end - snapped.start).toBe(0);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "ok 😀 fine";
    const snapped = snapToWordBoundaries(emoji, 4, 9);
    expect(snapped.start).toBe(3);
  });

  it("clamps out-of-range offsets", () => {
    expect(snapToWordBoundaries(text, -5, 500)).toEqual({ start: 0, end: text.length });
  });
});
