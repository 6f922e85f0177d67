import { describe, expect, it } from "vitest";
import { describeRange } from "./describe-range";
import { reanchorClaims } from "./reanchor-claims";

const oldText = [
  "Vitamin K2 activates matrix Gla protein, which keeps calcium out of the arteries.",
  "Most people get too little of it from a modern diet.",
  "Natto is the richest known source of menaquinone-7.",
].join("\n\n");

function claimOn(id: string, exact: string) {
  const start = oldText.indexOf(exact);
  return { id, ...describeRange(oldText, start, start + exact.length) };
}

describe("reanchorClaims", () => {
  it("reports each claim's new range, method and whether it moved", () => {
    const claims = [
      claimOn("unchanged", "Vitamin K2 activates matrix Gla protein"),
      claimOn("typo", "Most people get too little of it"),
      claimOn("rewritten", "Natto is the richest known source of menaquinone-7."),
    ];
    const newText = [
      "Vitamin K2 activates matrix Gla protein, which keeps calcium out of the arteries.",
      "Most poeple get too little of it from a modern diet.",
      "Fermented foods may supply some vitamin K2 as well, though amounts vary a lot.",
    ].join("\n\n");
    const results = reanchorClaims(oldText, newText, claims);
    expect(results.map((r) => [r.id, r.result?.method ?? "orphan", r.moved])).toEqual([
      ["unchanged", "position", false],
      ["typo", "fuzzy", false],
      ["rewritten", "orphan", false],
    ]);
  });

  it("finds a claim at once in a paragraph that moved, and marks it moved", () => {
    const claim = claimOn("natto", "richest known source");
    const paragraphs = oldText.split("\n\n");
    const newText = [paragraphs[2], paragraphs[0], paragraphs[1]].join("\n\n");
    const [result] = reanchorClaims(oldText, newText, [claim]);
    const start = newText.indexOf("richest known source");
    expect(result).toMatchObject({ id: "natto", result: { start, end: start + 20, method: "position" }, moved: true });
    // Its prefix lost the previous paragraph's end, so the score is lower than an untouched claim's 1.
    expect(result?.result?.score).toBeGreaterThan(0.7);
    expect(result?.result?.score).toBeLessThan(1);
  });

  it("returns the claims in the order given, one result each", () => {
    const claims = [claimOn("b", "Natto"), claimOn("a", "Vitamin K2")];
    expect(reanchorClaims(oldText, oldText, claims).map((r) => r.id)).toEqual(["b", "a"]);
  });
});
