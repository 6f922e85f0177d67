import { describe, expect, it } from "vitest";
import { buildCanonicalDocument } from "../text/canonical-text";
import { endsWithAbbreviation, segmentSentences } from "./segment-sentences";

const texts = (text: string) => segmentSentences(text).map((s) => s.text);

describe("segmentSentences", () => {
  it.each([
    ["two plain sentences", "Calcium builds bone. Vitamin D helps absorb it.", ["Calcium builds bone.", "Vitamin D helps absorb it."]],
    ["et al. before a year", "Luo et al. (1997) bred the mice. They calcified.", ["Luo et al. (1997) bred the mice.", "They calcified."]],
    ["et al. before a capital", "As shown by Price et al. Bone matrix holds MGP.", ["As shown by Price et al. Bone matrix holds MGP."]],
    ["Dr. before a name", "This was inspired by Dr. Kate Rheaume-Bleue. Read it.", ["This was inspired by Dr. Kate Rheaume-Bleue.", "Read it."]],
    ["e.g. before a capital", "Some foods, e.g. Gouda, are rich in K2. Natto too.", ["Some foods, e.g. Gouda, are rich in K2.", "Natto too."]],
    ["a middle initial", "The mystery of Weston A. Price was solved. It took years.", ["The mystery of Weston A. Price was solved.", "It took years."]],
    ["a vitamin letter still ends a sentence", "Take vitamin D. Then wait.", ["Take vitamin D.", "Then wait."]],
    ["questions and exclamations", "Why? Because! Fine.", ["Why?", "Because!", "Fine."]],
    ["U.S. with inner periods", "Stones are common in the U.S. Many people have them.", ["Stones are common in the U.S. Many people have them."]],
  ])("%s", (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("returns offsets into the text with whitespace trimmed out", () => {
    const text = "  First one.   Second one.  ";
    const sentences = segmentSentences(text);
    expect(sentences).toEqual([
      { start: 2, end: 12, text: "First one." },
      { start: 15, end: 26, text: "Second one." },
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("never lets a sentence cross a block boundary, even without final punctuation", () => {
    const document = buildCanonicalDocument([
      { kind: "heading", text: "Why K2 matters" },
      { kind: "paragraph", text: "It is the only one. Really" },
      { kind: "paragraph", text: "Next block here." },
    ]);
    const sentences = segmentSentences(document.text, document.blocks);
    expect(sentences.map((s) => s.text)).toEqual(["Why K2 matters", "It is the only one.", "Really", "Next block here."]);
    for (const s of sentences) {
      expect(document.blocks.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
    }
  });

  it("splits on blank lines when no blocks are given", () => {
    expect(texts("A heading\n\nA paragraph without a stop")).toEqual(["A heading", "A paragraph without a stop"]);
  });

  it("keeps offsets in UTF-16 code units around astral characters", () => {
    const text = "Emoji 😀 here. Then µg doses.";
    const [first, second] = segmentSentences(text);
    expect(first?.text).toBe("Emoji 😀 here.");
    expect(second && text.slice(second.start, second.end)).toBe("Then µg doses.");
  });
});

describe("endsWithAbbreviation", () => {
  it.each([
    ["Shown by Luo et al.", "In 1997", true],
    ["See Fig.", "2 for details", true],
    ["Hardly any.", "And how many", false],
    ["See No.", "5 in the list", true],
    ["The answer is No.", "It is not", false],
    ["Ends normally", "Next", false],
  ])("%s | %s → %s", (sentence, next, expected) => {
    expect(endsWithAbbreviation(sentence, next)).toBe(expected);
  });
});
