import { describe, expect, it } from "vitest";
import { analyzeText, cleanClaimText } from "./analyze-text";
import { stemWord } from "./stem-word";

describe("cleanClaimText", () => {
  it("drops links and the embed date, and splits handles and hashtags into words", () => {
    const cleaned = cleanClaimText("Fires! #AustralianFires pic.twitter.com/0eJt https://t.co/x — Center (@CenterForBioDiv) January 14, 2020");
    expect(cleaned).not.toMatch(/t\.co|pic\.twitter|2020/);
    expect(cleaned).toContain("Australian Fires");
    expect(cleaned).toContain("Center For Bio Div");
  });
});

describe("analyzeText", () => {
  it("keeps numbers as digits", () => {
    expect([...analyzeText("70% of 1,000 people and 3.5 million").numbers].sort()).toEqual(["1000", "3.5", "70"]);
  });

  it("reads two to ninety written as words as numbers, but not 'one'", () => {
    expect([...analyzeText("Ten times more, says one of twenty-five doctors").numbers].sort()).toEqual(["10", "25"]);
  });

  it("collects acronyms and the initials of capitalized runs of words", () => {
    const { acronyms, initialisms } = analyzeText("Ms Ocasio-Cortez (AOC) spoke after the State of the Union.");
    expect([...acronyms]).toEqual(["aoc"]);
    expect(initialisms.has("sotu")).toBe(true);
    expect(initialisms.has("oc")).toBe(true);
  });

  it("finds names but not sentence openers", () => {
    const { entities } = analyzeText("Vaccines contain mercury, says Robert Kennedy. The CDC denies it.");
    expect([...entities].sort()).toEqual(["cdc", "kennedy", "robert"]);
  });

  it.each([
    ["Vitamin K2 does not reverse calcification", true],
    ["Vitamin K2 doesn't reverse calcification", true],
    ["Vitamin K2 never reverses calcification", true],
    ["Vitamin K2 reverses calcification", false],
  ])("negation of %j is %s", (text, negated) => {
    expect(analyzeText(text).negated).toBe(negated);
  });

  it("drops stop words and stems the rest, with word bigrams and character grams", () => {
    const analyzed = analyzeText("The vaccines were banned in Texas");
    expect(analyzed.stems).toEqual(["vaccin", "ban", "texa"]);
    expect(analyzed.bigrams.has("vaccin ban")).toBe(true);
    expect(analyzed.charGrams.has("_vac")).toBe(true);
  });
});

describe("stemWord", () => {
  it.each([
    ["vaccines", "vaccine"],
    ["banned", "ban"],
    ["stories", "story"],
    ["running", "run"],
    ["kills", "kill"],
  ])("%s and %s meet", (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it("leaves short words and numbers alone", () => {
    expect(stemWord("bus")).toBe("bus");
    expect(stemWord("1990s")).toBe("1990s");
  });
});
