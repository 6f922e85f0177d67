import { describe, expect, it } from "vitest";
import { buildWordIndex, indexedOccurrences, votedStarts } from "./word-index";

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

describe("indexedOccurrences", () => {
  const scan = (haystack: string, needle: string) => {
    const found: number[] = [];
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
    return found;
  };

  it("finds the same places as scanning the text, through a word wholly inside the needle", () => {
    const haystack = "the cats sat. cats sat on mats; the cat sat there. scats sat? cats sat on";
    const index = buildWordIndex(haystack);
    for (const needle of ["cats sat on", " sat on m", "t sat t", "s sat o"]) expect(indexedOccurrences(haystack, index, needle, 100)).toEqual(scan(haystack, needle));
  });

  it("declines a needle without a whole word inside it, so the caller scans", () => {
    expect(indexedOccurrences(text, buildWordIndex(text), "natto", 10)).toBeNull();
  });

  it("stops after limit + 1 places", () => {
    expect(indexedOccurrences(filler, buildWordIndex(filler), " ipsum ", 3)).toHaveLength(4);
  });
});
