import { describe, expect, it } from "vitest";
import { CLAIM_TAGS } from "../ratings/scale";
import { findMedicalTerms } from "./check-worthiness-features";
import { scoreCheckWorthiness, squash } from "./score-check-worthiness";

const BASELINE = "The report was published by the group last spring.";

describe("scoreCheckWorthiness: each feature tags the sentence and raises its score", () => {
  it.each([
    ["a percentage", "Heart disease causes 45% of all deaths in Europe.", "quantitative"],
    ["a dose in mcg", "The tablet contains a 500 mcg dose of the compound.", "quantitative"],
    ["a dose in µg", "Women took 180 µg of it every day for three years.", "quantitative"],
    ["hours", "It remains in the blood between 24 and 48 hours after a dose.", "quantitative"],
    ["half", "This accounts for nearly half of all deaths in the region.", "quantitative"],
    ["million", "Osteoarthritis affected 595 million people worldwide in that year.", "quantitative"],
    ["only", "Vitamin K2 is the only known substance that can do this.", "absolute"],
    ["every", "Every one of these processes is linked to the same thing.", "absolute"],
    ["always", "The intake has always been this low in the population.", "absolute"],
    ["never", "These animals have never seen a blade of grass in their lives.", "absolute"],
    ["no one", "No one past the age of sixty escapes this at all.", "absolute"],
    ["basically everyone", "Arthritis, of which basically everyone past the age of 40 suffers, is common.", "absolute"],
    ["causes", "Soft tissue calcification also causes kidney stones and kidney disease.", "causal"],
    ["leads to", "Cardiovascular disease leads to heart attacks and strokes in many.", "causal"],
    ["prevents", "Only this vitamin prevents the process from happening at all.", "causal"],
    ["reverses", "The supplement reverses the damage within a few months.", "causal"],
    ["removes", "Vitamin K2 removes calcium from soft tissues in the body.", "causal"],
    ["activates", "The enzyme activates protein S in the liver and elsewhere.", "causal"],
    ["associated with", "Mutations have been associated with excessive cartilage calcification.", "causal"],
    ["more", "There is a lot more in the finished hard cheese than in milk.", "comparative"],
    ["higher", "Mice without the gene had higher bone mass than normal mice.", "comparative"],
    ["-er than", "The second form is stronger than the first in most tests.", "comparative"],
    ["author-year citation", "MGP-deficient mice develop calcification in the aorta (Luo et al., 1997).", "cited"],
    ["et al.", "As Price et al. showed, the protein is found in bone.", "cited"],
    ["a year", "The first trial of the compound was run in 1983 in Boston.", "historical"],
    ["years ago", "It was only 10 years ago that the mystery was finally solved.", "historical"],
    ["a medical word", "This slowly damages the arteries of the neck over time.", "medical"],
    ["an -itis suffix", "The patient went on to develop severe tendinitis over time.", "medical"],
    ["an -osis suffix", "The slow course of atherosclerosis was followed over time.", "medical"],
    ["a vitamin code", "The group was given K2 in the form of MK-7 each morning.", "medical"],
  ])("%s", (_name, sentence, tag) => {
    const result = scoreCheckWorthiness(sentence);
    expect(result.tags).toContain(tag);
    expect(result.score).toBeGreaterThan(scoreCheckWorthiness(BASELINE).score);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe("scoreCheckWorthiness: penalties", () => {
  it.each([
    ["a question", "Does vitamin K2 reverse calcification of the arteries?", "Vitamin K2 reverses calcification of the arteries."],
    ["a question without its question mark", "Does the K2 reduce calcification on the bones and ligaments", "The K2 reduces calcification on the bones and ligaments."],
    ["a very short sentence", "Vitamin K2 works.", "Vitamin K2 works on the calcium in soft tissue of the body."],
    ["first-person anecdote", "I take K2 and my joints feel better every day.", "People who take K2 say their joints feel better every day."],
    ["imperative advice", "Take K2 supplements after a meal with plenty of fat.", "People take K2 supplements after a meal with plenty of fat."],
    ["advice with you should", "You should stop taking vitamin D supplements right away.", "Patients stopped taking vitamin D supplements right away."],
    ["small talk", "Thanks, I hope the calcium in your joints goes away soon.", "The calcium in joints goes away soon with vitamin K2."],
  ])("%s lowers the score", (_name, penalised, plain) => {
    expect(scoreCheckWorthiness(penalised).score).toBeLessThan(scoreCheckWorthiness(plain).score);
  });

  it("tags advice and says why", () => {
    const result = scoreCheckWorthiness("Start taking MK-7 today with a fatty meal.");
    expect(result.tags).toContain("advice");
    expect(result.reasons.some((r) => r.startsWith("advice"))).toBe(true);
  });

  it("scores an empty or featureless sentence 0", () => {
    expect(scoreCheckWorthiness("").score).toBe(0);
    expect(scoreCheckWorthiness("Hi Barbara.").score).toBe(0);
  });
});

describe("scoreCheckWorthiness: the scale", () => {
  it("keeps scores within 0..1 and tags within CLAIM_TAGS", () => {
    const dense =
      "Only vitamin K2 (Luo et al., 1997) reverses 100% of arterial calcification in 1997, more than any drug, and always prevents osteoporosis.";
    const result = scoreCheckWorthiness(dense);
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const tag of result.tags) expect(CLAIM_TAGS).toContain(tag);
  });

  it("ranks a dense factual claim above a vague remark", () => {
    const claim = scoreCheckWorthiness("Cardiovascular disease accounts for nearly half of all deaths in industrialised countries.");
    const remark = scoreCheckWorthiness("It is really remarkable when you think about it.");
    expect(claim.score).toBeGreaterThan(remark.score + 0.4);
  });

  it.each([
    [-1, 0],
    [0, 0],
    [2, 0.699],
    [10, 0.998],
  ])("squash(%d) = %d", (weight, expected) => {
    expect(squash(weight)).toBeCloseTo(expected, 3);
  });
});

describe("findMedicalTerms", () => {
  it.each([
    ["Osteocalcin is made by osteoblasts.", ["osteocalcin", "osteoblasts"]],
    ["The release of the purchase data.", []],
    ["Take K2 (MK-7) with vitamin D3.", ["vitamin", "K2", "MK-7", "D3"]],
    ["The carboxylase enzyme acts on gla residues.", ["carboxylase", "enzyme"]],
  ])("%s", (sentence, expected) => {
    expect(findMedicalTerms(sentence).sort()).toEqual([...expected].sort());
  });
});
