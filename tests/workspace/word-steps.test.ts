import { describe, expect, it } from "vitest";
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, wordsOf } from "../../components/review/word-steps";

const text = "Vitamin D prevents every cold, in winter.";
const slice = (s: number, e: number) => text.slice(s, e);

describe("word steps for claim boundaries", () => {
  const start = 0;
  const end = text.indexOf(" every");
  it("extends and shrinks the end by one word, over punctuation", () => {
    expect(slice(start, nextWordEnd(text, end))).toBe("Vitamin D prevents every");
    expect(slice(start, nextWordEnd(text, text.indexOf(","))) ).toBe("Vitamin D prevents every cold, in");
    expect(slice(start, previousWordEnd(text, end, start))).toBe("Vitamin D");
  });
  it("extends and shrinks the start by one word", () => {
    const s = text.indexOf("prevents");
    expect(slice(previousWordStart(text, s), end)).toBe("D prevents");
    expect(slice(nextWordStart(text, start, end), end)).toBe("D prevents");
  });
  it("never goes past the text or the claim", () => {
    expect(nextWordEnd(text, text.length)).toBe(text.length);
    expect(previousWordStart(text, 0)).toBe(0);
    expect(previousWordEnd(text, 7, 0)).toBe(0);
  });
  it("lists the words of a span with their offsets", () => {
    expect(wordsOf(text, 0, end)).toEqual([
      { start: 0, word: "Vitamin" },
      { start: 8, word: "D" },
      { start: 10, word: "prevents" },
    ]);
  });
});
