import { describe, expect, it } from "vitest";
import { buildCorpusStatistics } from "./corpus-statistics";
import { analyzeCandidate, fieldStemsOf, type MatchCandidate } from "./match-candidate";
import { FEATURE_NAMES, type FeatureVector } from "./matching-features";
import { matchStrength } from "./match-thresholds";
import { candidateStandings, linearScore, scoreCandidates, scoreCandidatesWithExtras } from "./score-candidates";

const candidate = (claimId: string, quote: string, articleTitle = ""): MatchCandidate => ({ claimId, quote, restatement: "", tags: [], articleTitle });
const claims = [
  candidate("k2", "Vitamin K2 reverses arterial calcification in 90 days", "The miracle of vitamin K2"),
  candidate("5g", "5G towers spread the coronavirus", "Do 5G towers spread COVID-19?"),
  candidate("mask", "Masks do not stop the spread of the coronavirus", "Masks and COVID-19"),
];
const external = [candidate("ext-wall", "The Great Wall of China is visible from the Moon"), candidate("ext-5g", "5G masts cause the coronavirus to spread")];
const stats = buildCorpusStatistics([...claims, ...external].map(analyzeCandidate).map(fieldStemsOf));

describe("scoreCandidatesWithExtras", () => {
  it("leaves our claims' scores as scoreCandidates gives them", () => {
    const query = "Do 5G towers spread the coronavirus?";
    const alone = scoreCandidates(query, claims, stats).map(({ candidate, score }) => [candidate.claimId, score]);
    const together = scoreCandidatesWithExtras(query, claims, external, stats).claims.map(({ candidate, score }) => [candidate.claimId, score]);
    expect(together).toEqual(alone);
  });

  it("ranks the external reviews for the query, a weak one not inflated by being the best of its group", () => {
    const { extras } = scoreCandidatesWithExtras("Do 5G towers spread the coronavirus?", claims, external, stats);
    expect(extras.map((e) => e.candidate.claimId)).toEqual(["ext-5g", "ext-wall"]);
    const weakAlone = scoreCandidates("the moon", [external[0]!], stats)[0]!.score;
    const weakInCompany = scoreCandidatesWithExtras("the moon", [candidate("moon", "The Moon landing was filmed in a studio on the Moon")], [external[0]!], stats).extras[0]!.score;
    expect(weakInCompany).toBeLessThan(weakAlone);
  });
});

describe("scoreCandidates with few candidates", () => {
  it("marks a repeat of the only candidate as probably the same claim, and an unrelated one as too weak to show", () => {
    const [repeat] = scoreCandidates("5G towers are spreading the coronavirus!", [claims[1]!], stats);
    expect(matchStrength(repeat!.score)).toBe("probably_same");
    const [unrelated] = scoreCandidates("the towers of the cathedral", [claims[1]!], stats);
    expect(matchStrength(unrelated!.score)).toBeNull();
  });
});

describe("linearScore and candidateStandings", () => {
  const none = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as FeatureVector;
  const weights = { bias: -1, features: { ...none, bm25All: 2, vectorCosine: 1 }, relative: { ...none, vectorCosine: 0.5 } };
  const candidates = [0.8, 0.4, 0.2].map((vectorCosine) => ({ ...none, bm25All: 0.5, vectorCosine }));

  it("adds each feature's standing against the query's other candidates, in their standard deviations", () => {
    const standings = candidateStandings(candidates);
    // Against 0.4 and 0.2: mean 0.3, deviation 0.1.
    expect(standings[0]!.vectorCosine).toBeCloseTo((0.8 - 0.3) / 0.1, 10);
    expect(linearScore(candidates[0]!, weights, standings[0])).toBeCloseTo(-1 + 1 + 0.8 + 0.5 * 5, 10);
    expect(linearScore(candidates[0]!, weights)).toBeCloseTo(-1 + 1 + 0.8, 10);
  });

  it("gives no standing to a feature every candidate shares, nor to the only candidate without typical ones", () => {
    expect(candidateStandings(candidates)[0]!.bm25All).toBe(0);
    expect(candidateStandings([candidates[0]!])[0]!.vectorCosine).toBe(0);
  });

  it("measures the only candidate against typical candidates", () => {
    const typical = { mean: { ...none, vectorCosine: 0.3 }, deviation: { ...none, vectorCosine: 0.1 } };
    expect(candidateStandings([candidates[0]!], typical)[0]!.vectorCosine).toBeCloseTo((0.8 - 0.3) / 0.1, 10);
    expect(candidateStandings(candidates, typical)[0]!.vectorCosine).toBeGreaterThan(0);
  });
});
