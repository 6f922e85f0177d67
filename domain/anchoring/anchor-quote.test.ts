import { describe, expect, it } from "vitest";
import { anchorOutcome, anchorQuote } from "./anchor-quote";
import { describeRange } from "./describe-range";

const article = [
  "Vitamin K2 activates matrix Gla protein, which keeps calcium out of the arteries.",
  "Most people get too little of it from a modern diet.",
  "Natto, a fermented soybean dish, is the richest known source of menaquinone-7.",
  "Hard cheeses such as Gouda also contain meaningful amounts.",
].join("\n\n");

/** The selectors of the first occurrence of `exact` in the article. */
function selectorsOf(exact: string, text = article) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture does not contain ${exact}`);
  return describeRange(text, start, start + exact.length);
}

const claim = "Natto, a fermented soybean dish, is the richest known source of menaquinone-7.";

describe("anchorQuote finds the quote", () => {
  it("at its old position, with method position and score 1", () => {
    const { quote, position } = selectorsOf(claim);
    expect(anchorQuote(article, quote, position)).toEqual({ start: position.start, end: position.end, score: 1, method: "position" });
  });

  it("shifted by a paragraph inserted before it, with method exact", () => {
    const { quote, position } = selectorsOf(claim);
    const revised = "A new opening paragraph.\n\n" + article;
    const result = anchorQuote(revised, quote, position);
    expect(result).toMatchObject({ start: position.start + 26, end: position.end + 26, method: "exact" });
  });

  it("without any old position", () => {
    const { quote } = selectorsOf(claim);
    expect(anchorQuote(article, quote)).toMatchObject({ start: article.indexOf(claim), method: "exact" });
  });

  it("after a typo fix inside it, as a fuzzy match of the corrected span", () => {
    const { quote, position } = selectorsOf(claim);
    const revised = article.replace("soybean", "soya-bean");
    const result = anchorQuote(revised, quote, position);
    const expectedText = claim.replace("soybean", "soya-bean");
    expect(result).toMatchObject({ start: revised.indexOf(expectedText), end: revised.indexOf(expectedText) + expectedText.length, method: "fuzzy" });
    expect(result?.score).toBeGreaterThan(0.9);
  });

  it("after straight quotes became curly ones", () => {
    const text = "He said \"it works\" and it's true. Then he left the room quietly.";
    const { quote, position } = selectorsOf("He said \"it works\" and it's true.", text);
    const revised = "He said \u201cit works\u201d and it\u2019s true. Then he left the room quietly.";
    expect(anchorQuote(revised, quote, position)).toMatchObject({ start: 0, end: 33, method: "fuzzy" });
  });

  it("after a line break inside it became a space", () => {
    const text = "Intro.\n\nThe dose was\n180 micrograms a day for three years.\n\nOutro.";
    const { quote, position } = selectorsOf("The dose was\n180 micrograms a day for three years.", text);
    const revised = text.replace("was\n180", "was 180");
    expect(anchorQuote(revised, quote, position)).toMatchObject({ start: 8, end: 58, method: "fuzzy" });
  });

  it("in a paragraph moved to the end of the article, by the context inside the paragraph", () => {
    const paragraphs = article.split("\n\n");
    const moved = "Natto, a fermented soybean dish, is the richest known source of menaquinone-7. It is an acquired taste.";
    const text = [paragraphs[0], paragraphs[1], moved, paragraphs[3]].join("\n\n");
    const { quote, position } = selectorsOf("a fermented soybean dish, is the richest known source", text);
    const revised = [paragraphs[0], paragraphs[1], paragraphs[3], moved].join("\n\n");
    const start = revised.indexOf("a fermented soybean dish");
    expect(anchorQuote(revised, quote, position)).toMatchObject({ start, end: start + quote.exact.length, method: "exact" });
  });

  it("offers, but does not place, a short whole paragraph that moved (its context is other paragraphs)", () => {
    const paragraphs = article.split("\n\n");
    const { quote, position } = selectorsOf(claim);
    const revised = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[2]].join("\n\n");
    expect(anchorOutcome(revised, quote, position)).toMatchObject({
      placed: null,
      reason: "text_changed",
      suggestions: [{ start: revised.indexOf(claim), end: revised.length }],
    });
  });
});

describe("anchorQuote far from the old position", () => {
  it("finds an edited sentence in a paragraph moved a long way", () => {
    const filler = Array.from({ length: 200 }, (_, i) => `Filler sentence number ${i} about nothing.`).join("\n\n");
    const paragraph = "Some words come first. " + claim + " And some words come after it.";
    const text = paragraph + "\n\n" + filler;
    const { quote, position } = describeRange(text, text.indexOf(claim), text.indexOf(claim) + claim.length);
    const edited = claim.replace("richest", "richests");
    const revised = filler + "\n\n" + paragraph.replace(claim, edited);
    const start = revised.indexOf(edited);
    expect(anchorQuote(revised, quote, position)).toMatchObject({ start, end: start + edited.length, method: "fuzzy" });
  });
});

describe("anchorQuote chooses between repeats", () => {
  const repeated = "The trial was small. It found no effect. The trial was large. It found no effect. The end.";

  it("by context, over nearness to the old position", () => {
    const second = repeated.indexOf("It found no effect.", 30);
    const { quote, position } = describeRange(repeated, second, second + 19);
    const revised = "Preface. " + repeated.replace("The trial was small. It found no effect. ", "");
    const result = anchorQuote(revised, quote, { start: 0, end: 19 });
    expect(result?.start).toBe(revised.indexOf("It found no effect."));
    expect(position.start).toBe(second);
  });

  it("by the old position when the contexts are equal and the other copies are far from it", () => {
    const filler = " the same forty units of filler text ... " + "and more words in between. ".repeat(12);
    const text = filler + "QUOTE" + filler + "QUOTE" + filler + "QUOTE" + filler;
    const unit = filler.length + 5;
    const { quote } = describeRange(text, unit + filler.length, 2 * unit);
    const nearTheThird = { start: 2 * unit + filler.length - 3, end: 3 * unit - 3 };
    expect(anchorQuote(text, quote, nearTheThird)?.start).toBe(2 * unit + filler.length);
  });

  it("not at all when the contexts are equal and the copies are close together", () => {
    const filler = " the same forty units of filler text ... ";
    const text = filler + "QUOTE" + filler + "QUOTE" + filler + "QUOTE" + filler;
    const unit = filler.length + 5;
    const { quote } = describeRange(text, unit + filler.length, 2 * unit);
    const roughlyTheThird = { start: 2 * unit + filler.length - 20, end: 3 * unit - 20 };
    expect(anchorOutcome(text, quote, roughlyTheThird)).toMatchObject({ placed: null, reason: "ambiguous" });
  });
});

describe("anchorQuote prefers an orphan", () => {
  it("when the quoted sentence was heavily rewritten in place", () => {
    const { quote, position } = selectorsOf(claim);
    const revised = article.replace(claim, "Fermented soy foods like natto may be among the better dietary sources of vitamin K2.");
    expect(anchorQuote(revised, quote, position)).toBeNull();
  });

  it("when the quoted sentence was deleted", () => {
    const { quote, position } = selectorsOf(claim);
    expect(anchorQuote(article.replace(claim, ""), quote, position)).toBeNull();
  });

  it("when a short quote survives only elsewhere, in a different context", () => {
    const text = "We measured 40 percent less calcification in the treated group of rats.";
    const { quote, position } = selectorsOf("40 percent", text);
    const revised = "Unrelated: about 40 percent of readers skip footnotes entirely.";
    expect(anchorQuote(revised, quote, position)).toBeNull();
  });

  it("for an empty quote", () => {
    expect(anchorQuote(article, { exact: "" })).toBeNull();
  });
});

describe("anchorQuote never splits a surrogate pair", () => {
  it("widening a fuzzy match to the whole emoji", () => {
    const text = "Start here 😀 plus some words to quote exactly 🎉 and the rest of it.";
    const exact = "😀 plus some words to quote exactly 🎉";
    const { quote, position } = selectorsOf(exact, text);
    const revised = text.replace("😀", "😁");
    const result = anchorQuote(revised, quote, position);
    expect(result).not.toBeNull();
    expect(revised.slice(result?.start, result?.end)).toBe(exact.replace("😀", "😁"));
  });

  it("ignoring an old position that falls inside an emoji", () => {
    const text = "😀😀 quote me 😀😀";
    const result = anchorQuote(text, { exact: "quote me" }, { start: 1, end: 9 });
    expect(result).toMatchObject({ start: 5, end: 13, method: "exact" });
  });
});
