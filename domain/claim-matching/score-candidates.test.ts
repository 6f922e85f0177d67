import { describe, expect, it } from "vitest";
import { buildCorpusStatistics } from "./corpus-statistics";
import { analyzeCandidate, fieldStemsOf, type MatchCandidate } from "./match-candidate";
import { FEATURE_NAMES, type FeatureVector } from "./matching-features";
import { linearScore, scoreCandidates, scoreCandidatesWithExtras } from "./score-candidates";

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

describe("linearScore", () => {
  const none = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as FeatureVector;
  const features = { ...none, bm25All: 0.5, vectorCosine: 0.8, queryCoverage: 1 };
  it("adds the weighted products of features the weights pair", () => {
    const weights = { bias: -1, features: { ...none, bm25All: 2, vectorCosine: 1 } };
    expect(linearScore(features, weights)).toBeCloseTo(-1 + 1 + 0.8, 10);
    // bm25All × bm25All, and bm25All × vectorCosine (FEATURE_NAMES order: bm25All first).
    const offset = FEATURE_NAMES.indexOf("vectorCosine") - FEATURE_NAMES.indexOf("bm25All");
    const row = Array.from({ length: offset + 1 }, (_, k) => (k === 0 ? 4 : k === offset ? 10 : 0));
    expect(linearScore(features, { ...weights, interactions: { bm25All: row } })).toBeCloseTo(-1 + 1 + 0.8 + 4 * 0.25 + 10 * 0.5 * 0.8, 10);
  });
});
