import { describe, expect, it } from "vitest";
import { STUDY_DESIGN_WEIGHTS, suggestVerdict, verdictsDisagree, type EvidenceForSuggestion } from "./evidence-suggests";
import { STUDY_DESIGNS, type Verdict } from "./scale";

const item = (stance: EvidenceForSuggestion["stance"], studyDesign: EvidenceForSuggestion["studyDesign"]): EvidenceForSuggestion => ({ stance, studyDesign });

describe("suggestVerdict", () => {
  it.each<[string, EvidenceForSuggestion[], Verdict | null]>([
    ["no evidence", [], null],
    ["background only", [item("background", "systematic_review"), item("background", "statistics")], null],
    ["one supporting trial", [item("supports", "randomized_trial")], "supported"],
    ["one contradicting review", [item("contradicts", "systematic_review")], "contradicted"],
    ["partial support only", [item("partially_supports", "cohort")], "mostly_supported"],
    ["inconclusive only", [item("inconclusive", "randomized_trial")], "mixed"],
    ["equal-weight support and contradiction", [item("supports", "cohort"), item("contradicts", "cohort")], "mixed"],
    ["background does not dilute", [item("supports", "cohort"), item("background", "systematic_review")], "supported"],
    // Vitamin K2 "only known substance that can reverse calcification": two trials and a review against, a weak mouse study for.
    [
      "strong contradiction outweighs weak support",
      [item("contradicts", "randomized_trial"), item("contradicts", "randomized_trial"), item("contradicts", "systematic_review"), item("supports", "animal")],
      "contradicted",
    ],
    ["review contradicts, trials support", [item("supports", "randomized_trial"), item("supports", "randomized_trial"), item("contradicts", "systematic_review")], "mostly_supported"],
    ["mouse study supports, trial inconclusive", [item("supports", "animal"), item("inconclusive", "randomized_trial")], "mixed"],
    ["official statistics support a figure", [item("supports", "statistics"), item("partially_supports", "expert_opinion")], "supported"],
    ["expert opinion against a review", [item("supports", "systematic_review"), item("contradicts", "expert_opinion")], "supported"],
    ["contradicted and inconclusive", [item("contradicts", "cohort"), item("inconclusive", "cohort")], "unsupported"],
  ])("%s → %s", (_name, evidence, expected) => {
    expect(suggestVerdict(evidence).verdict).toBe(expected);
  });

  it.each<[string, EvidenceForSuggestion[], Verdict]>([
    // score exactly +0.25 and −0.25: rounded away from "Mixed", symmetrically
    ["score +0.25", [item("supports", "cohort"), item("inconclusive", "cohort"), item("inconclusive", "cohort"), item("inconclusive", "cohort")], "mostly_supported"],
    ["score −0.25", [item("contradicts", "cohort"), item("inconclusive", "cohort"), item("inconclusive", "cohort"), item("inconclusive", "cohort")], "unsupported"],
    ["score +0.75", [item("supports", "cohort"), item("partially_supports", "cohort")], "supported"],
    ["score −0.75", [...Array.from({ length: 5 }, () => item("contradicts", "case_series")), item("partially_supports", "case_series")], "contradicted"],
    ["score −0.625", [item("contradicts", "cohort"), item("contradicts", "cohort"), item("contradicts", "cohort"), item("partially_supports", "cohort")], "unsupported"],
  ])("band edge: %s", (_name, evidence, expected) => {
    expect(suggestVerdict(evidence).verdict).toBe(expected);
  });

  it("reports the weighted score, the total weight and an explanation naming the designs", () => {
    const result = suggestVerdict([item("supports", "randomized_trial"), item("contradicts", "animal"), item("background", "other")]);
    expect(result.weightTotal).toBeCloseTo(0.85 + 0.25);
    expect(result.score).toBeCloseTo((0.85 - 0.25) / 1.1);
    expect(result.verdict).toBe("mostly_supported");
    expect(result.explanation).toContain("supports ×1 (randomized trial)");
    expect(result.explanation).toContain("contradicts ×1 (animal study)");
    expect(result.explanation).toContain("Mostly supported");
  });

  it("says why there is no suggestion", () => {
    expect(suggestVerdict([])).toEqual({ verdict: null, score: null, weightTotal: 0, explanation: "No evidence is attached: no suggestion." });
    expect(suggestVerdict([item("background", "cohort")]).explanation).toBe("Only background evidence is attached: no suggestion.");
  });

  it("leaves out evidence whose stance or study design is not chosen yet, and says so", () => {
    const rct = { stance: "supports", studyDesign: "randomized_trial" } as const;
    const half = [
      { stance: null, studyDesign: "systematic_review" },
      { stance: "contradicts", studyDesign: undefined },
    ] as const;
    expect(suggestVerdict([...half]).verdict).toBeNull();
    expect(suggestVerdict([...half]).explanation).toBe("No evidence with a stance and study design: no suggestion. 2 items without a stance and study design left out.");
    const mixed = suggestVerdict([rct, ...half]);
    expect(suggestVerdict([rct, half[0]]).explanation).toMatch(/Supported\. 1 item without a stance and study design left out\.$/);
    expect(mixed.verdict).toBe("supported");
    expect(mixed.weightTotal).toBe(0.85);
    expect(mixed.explanation).toMatch(/ 2 items without a stance and study design left out\.$/);
  });

  it("weighs the research designs strongest first, in the scale's order", () => {
    const research = STUDY_DESIGNS.slice(0, STUDY_DESIGNS.indexOf("expert_opinion") + 1);
    const weights = research.map((design) => STUDY_DESIGN_WEIGHTS[design]);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(new Set(weights).size).toBe(weights.length);
  });
});

describe("verdictsDisagree", () => {
  it.each<[Verdict | null, Verdict | null, boolean]>([
    ["supported", "supported", false],
    ["supported", "mostly_supported", false],
    ["supported", "mixed", true],
    ["contradicted", "supported", true],
    ["unsupported", "contradicted", false],
    ["mixed", "contradicted", true],
    ["not_checkable", "supported", false],
    ["supported", "not_checkable", false],
    [null, "contradicted", false],
    ["contradicted", null, false],
  ])("%s vs %s → %s", (reviewer, suggested, expected) => {
    expect(verdictsDisagree(reviewer, suggested)).toBe(expected);
  });
});
