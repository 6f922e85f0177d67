import { describe, expect, it } from "vitest";
import { describeRange } from "../anchoring/describe-range";
import { explainOrphan } from "./explain-orphan";

const before = "The trial was small.\n\nNatto is the richest known source of menaquinone-7.\n\nThe end of the article.";

function anchorOf(text: string, exact: string) {
  const start = text.indexOf(exact);
  const { quote } = describeRange(text, start, start + exact.length);
  return { exact, prefix: quote.prefix, suffix: quote.suffix, start, end: start + exact.length };
}

describe("explainOrphan", () => {
  it("says the text was removed when it is nowhere, and offers nothing", () => {
    const anchor = anchorOf(before, "Natto is the richest known source of menaquinone-7.");
    const after = "The trial was small.\n\nThe end of the article.";
    expect(explainOrphan(after, anchor, before)).toEqual({ reason: "text_removed", suggestions: [] });
  });

  it("says the text changed and offers the rewritten passage between the old context", () => {
    const anchor = anchorOf(before, "Natto is the richest known source of menaquinone-7.");
    const rewritten = "Fermented soybeans (natto) hold more menaquinone-7 than any other food.";
    const after = before.replace(anchor.exact, rewritten);
    const explanation = explainOrphan(after, anchor, before);
    expect(explanation.reason).toBe("text_changed");
    expect(explanation.suggestions[0]).toEqual({ start: after.indexOf(rewritten), end: after.indexOf(rewritten) + rewritten.length, text: rewritten });
  });

  it("says the text appears several times when its context is gone and copies remain, and offers each copy", () => {
    const text = "We found no effect.\n\nIn rats, we found no effect at all.\n\nIn mice, we found no effect either.";
    const anchor = anchorOf(text, "we found no effect");
    const after = "In mice, we found no effect either.\n\nOther words.\n\nIn dogs, we found no effect again.";
    const explanation = explainOrphan(after, { ...anchor, prefix: "In rats, ", suffix: " at all." }, undefined);
    expect(explanation.reason).toBe("ambiguous");
    expect(explanation.suggestions.map((s) => s.text)).toEqual(["we found no effect", "we found no effect"]);
  });
});
