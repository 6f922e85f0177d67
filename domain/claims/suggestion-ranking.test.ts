import { describe, expect, it } from "vitest";
import { scoreCheckWorthiness } from "./score-check-worthiness";
import { suggestClaims } from "./suggest-claims";

const doc = (paragraphs: string[]) => {
  const text = paragraphs.join("\n\n");
  let start = 0;
  const blocks = paragraphs.map((p) => {
    const block = { kind: "paragraph" as const, start, end: start + p.length, section: "article" as const };
    start += p.length + 2;
    return block;
  });
  return { text, blocks };
};

describe("check-worthiness: what is ranked down", () => {
  it("ranks speculation below the finding it speculates about", () => {
    const finding = scoreCheckWorthiness("The telescope recorded 57 radio bursts from the galaxy between August and October.");
    const speculation = scoreCheckWorthiness("Repeat observations could allow astronomers to pin down the source of the radio bursts.");
    expect(speculation.reasons.join(" ")).toMatch(/speculation: "could/);
    expect(speculation.score).toBeLessThan(finding.score);
  });

  it("ranks opinion and reported speech without a factual core down, but keeps a quoted figure up", () => {
    expect(scoreCheckWorthiness("“This is a remarkable discovery for astronomy,” said the lead author of the study.").score).toBeLessThan(0.5);
    expect(scoreCheckWorthiness("“Cases rose by 40% in 2023,” said the health minister.").score).toBeGreaterThan(0.5);
  });

  it("ranks a named study up", () => {
    const named = scoreCheckWorthiness("The Rotterdam Study linked menaquinone intake to lower aortic calcification.");
    expect(named.reasons.join(" ")).toMatch(/names a study: "Rotterdam Study"/);
    expect(named.tags).toContain("cited");
  });
});

describe("suggestClaims: near-duplicates", () => {
  it("merges a sentence repeated almost word for word into the best-ranked one, noting where the other is", () => {
    const document = doc([
      "Vitamin K2 reverses arterial calcification in 90% of patients within a year.",
      "Other text about something else entirely, with no claim at all here.",
      "In short, vitamin K2 reverses arterial calcification in 90% of patients within one year.",
    ]);
    const suggestions = suggestClaims(document);
    const k2 = suggestions.filter((s) => s.quote.includes("reverses arterial calcification"));
    expect(k2).toHaveLength(1);
    expect(k2[0]!.alsoAt).toHaveLength(1);
    const other = k2[0]!.alsoAt![0]!;
    expect(document.text.slice(other.start, other.end)).toMatch(/reverses arterial calcification/);
  });

  it("keeps sentences that share a topic but say different things", () => {
    const document = doc(["Vitamin K2 lowers arterial calcification by 30% in two years.", "Vitamin K2 raises bone density by 5% in older women."]);
    expect(suggestClaims(document)).toHaveLength(2);
  });
});
