import type { Stance, StudyDesign, Verdict } from "../../domain/ratings/scale";

/** The scripted task: an article with five claims to make, rate and explain; three of them get one evidence item each. */
export const FILLER = "Many readers enjoy tea in the afternoon, and some prefer it cold.";

export interface ClaimTask {
  sentence: string;
  verdict: Verdict;
  rationale: string;
  evidence?: { paste: string; finding: string; stance: Stance; studyDesign: StudyDesign; expect: { doi?: string; pmid?: string; title?: RegExp } };
}

export const CLAIMS: ClaimTask[] = [
  {
    sentence: "Vitamin K2 is the only substance that removes calcium from arteries.",
    verdict: "contradicted",
    rationale: "Mouse data show other proteins matter.",
    evidence: { paste: "https://doi.org/10.1038/386078a0", finding: "Mice lacking MGP calcify their arteries.", stance: "contradicts", studyDesign: "animal", expect: { doi: "10.1038/386078a0" } },
  },
  {
    sentence: "Matrix GLA protein has nothing to do with calcification.",
    verdict: "contradicted",
    rationale: "MGP inhibits calcification in mice.",
    evidence: { paste: "PMID: 9052783", finding: "MGP inhibits calcification.", stance: "contradicts", studyDesign: "animal", expect: { pmid: "9052783" } },
  },
  {
    sentence: "Warfarin never causes arterial calcification in people.",
    verdict: "unsupported",
    rationale: "Cohort data suggest it can.",
    evidence: {
      paste: "@article{schurgers2004, title={Oral anticoagulant treatment: friend or foe in cardiovascular disease?}, author={Schurgers, Leon J. and Vermeer, Cees}, journal={Blood}, year={2004}}",
      finding: "Warfarin-induced calcification in humans.",
      stance: "contradicts",
      studyDesign: "cohort",
      expect: { title: /Oral anticoagulant treatment/ },
    },
  },
  { sentence: "Eating natto every day doubles bone density within a month.", verdict: "unsupported", rationale: "No trial shows this." },
  { sentence: "Most adults in Japan eat natto at least once a week.", verdict: "mixed", rationale: "Surveys differ by region." },
];

export function articleParagraphs(stamp: string): string[] {
  return [
    `A short piece about vitamins (${stamp}).`,
    CLAIMS[0]!.sentence,
    FILLER,
    `${CLAIMS[1]!.sentence} ${CLAIMS[2]!.sentence}`,
    "The author then turns to diet.",
    CLAIMS[3]!.sentence,
    `Some people dislike the smell. ${CLAIMS[4]!.sentence}`,
    "That is all for today.",
  ];
}
