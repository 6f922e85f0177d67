import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";
import { buildCorpusStatistics } from "./corpus-statistics";
import { analyzeCandidate, claimText, fieldStemsOf, type MatchCandidate } from "./match-candidate";
import { bm25, computeFeatures } from "./matching-features";
import { MATCHING_WEIGHTS } from "./matching-weights";
import { scoreCandidates } from "./score-candidates";

const candidate = (claimId: string, quote: string, articleTitle = "", tags: string[] = [], restatement = ""): MatchCandidate => ({
  claimId,
  quote,
  restatement,
  tags,
  articleTitle,
});

const CORPUS = [
  candidate("k2", "Vitamin K2 reverses arterial calcification in 90 days", "The miracle of vitamin K2", ["absolute"]),
  candidate("5g", "5G towers spread the coronavirus", "Do 5G towers spread COVID-19?"),
  candidate("mask", "Masks do not stop the spread of the coronavirus", "Masks and COVID-19"),
  candidate("bill", "Bill Gates wants to put microchips in vaccines", "Gates microchip vaccine rumour"),
  candidate("walls", "Obama built a ten foot wall around his mansion", "Walls around politicians' homes"),
  candidate("sotu", "A photograph shows the crowd at the State of the Union address", "State of the Union crowd"),
];
const analyzedCorpus = CORPUS.map(analyzeCandidate);
const stats = buildCorpusStatistics(analyzedCorpus.map(fieldStemsOf));

describe("claimText", () => {
  it("uses the restatement only when it says something the quote does not", () => {
    expect(claimText({ quote: "K2 is a miracle", restatement: "k2 is a miracle" })).toBe("K2 is a miracle");
    expect(claimText({ quote: "K2 is a miracle", restatement: "Vitamin K2 cures disease" })).toBe("K2 is a miracle\nVitamin K2 cures disease");
    expect(claimText({ quote: "", restatement: "Vitamin K2 cures disease" })).toBe("Vitamin K2 cures disease");
  });
});

describe("bm25", () => {
  it("scores a rare shared word above a common one, and nothing for no shared word", () => {
    const rare = bm25(["microchip"], analyzedCorpus[3]?.all.stems ?? [], stats, stats.all);
    const common = bm25(["coronavirus"], analyzedCorpus[1]?.all.stems ?? [], stats, stats.all);
    expect(rare).toBeGreaterThan(common);
    expect(bm25(["microchip"], analyzedCorpus[0]?.all.stems ?? [], stats, stats.all)).toBe(0);
  });
});

describe("computeFeatures", () => {
  const features = (query: string, index: number) => computeFeatures(analyzeQuery(query), analyzedCorpus[index] ?? analyzedCorpus[0]!, stats);

  it("flags a negation mismatch only when one side negates", () => {
    expect(features("masks stop the spread of coronavirus", 2).negationMismatch).toBe(1);
    expect(features("masks don't stop coronavirus spreading", 2).negationMismatch).toBe(0);
  });

  it("counts numbers and names in common", () => {
    const same = features("K2 reverses calcification in 90 days", 0);
    const other = features("K2 reverses calcification in 30 days", 0);
    expect(same.numbersShared).toBeGreaterThan(other.numbersShared);
    expect(other.numbersMissing).toBeGreaterThan(same.numbersMissing);
    expect(features("Bill Gates and his vaccine chips", 3).entitiesShared).toBeGreaterThan(0);
    expect(features("someone and vaccine chips", 3).entitiesMissing).toBe(1);
  });

  it("measures word and character overlap between 0 and 1", () => {
    const close = features("5G towers are spreading the coronavirus!", 1);
    const far = features("Bill Gates microchips", 1);
    for (const name of ["candidateCoverage", "queryCoverage", "bigramOverlap", "charGramSimilarity"] as const) {
      expect(close[name]).toBeGreaterThan(far[name]);
      expect(close[name]).toBeLessThanOrEqual(1);
    }
  });

  it("compares a pasted post's body with the claim, and its author and year apart", () => {
    const post = "Obama built a wall around his mansion — Bill Gates Fan (@gatesfan) May 2, 2019";
    const aboutGates = features(post, 3);
    expect(aboutGates.bm25All).toBe(0);
    expect(aboutGates.authorShared).toBeGreaterThan(0);
    expect(features(post, 4).authorShared).toBe(0);
    expect(features(post, 4).bm25All).toBeGreaterThan(0);
    expect(features(post, 0)).toMatchObject({ yearMatch: 0, yearDistance: 0 });
  });

  it("has no word-vector features without word vectors", () => {
    expect(features("5G towers spread the coronavirus", 1)).toMatchObject({ vectorCosine: 0, vectorCoverageOfCandidate: 0, vectorCoverageOfQuery: 0 });
  });

  it("compares the query's sentence vector with the quote's and the restatement's", () => {
    const masks = analyzeCandidate(candidate("mask", "Masks do not stop the \u201Cspread\u201D", "", [], "Face coverings are useless"));
    const query = analyzeQuery("Face masks are useless against the virus");
    const embeddings = new Map([
      [query.encoderText, Float32Array.of(1, 0, 0)],
      ["Masks do not stop the spread", Float32Array.of(1, 1, 0)],
      ["Face coverings are useless", Float32Array.of(1, 0, 0)],
    ]);
    const withVectors = computeFeatures(query, masks, stats, null, embeddings);
    expect(withVectors.sentenceCosineQuote).toBeCloseTo(Math.SQRT1_2, 6);
    expect(withVectors.sentenceCosineRestatement).toBeCloseTo(1, 6);
  });

  it("gives a candidate without a sentence vector what a candidate usually has, neither help nor harm", () => {
    const typical = MATCHING_WEIGHTS.typicalCandidate?.mean;
    expect(typical?.sentenceCosineQuote).toBeGreaterThan(0);
    const query = analyzeQuery("Do 5G masts spread COVID?");
    const onlyTheQuery = new Map([[query.encoderText, Float32Array.of(1, 0)]]);
    for (const embeddings of [null, onlyTheQuery]) {
      expect(computeFeatures(query, analyzedCorpus[1]!, stats, null, embeddings)).toMatchObject({
        sentenceCosineQuote: typical?.sentenceCosineQuote,
        sentenceCosineRestatement: typical?.sentenceCosineRestatement,
      });
    }
  });

  it("reads numbers written as words as their digits", () => {
    expect(features("Obama's wall is 10 feet high", 4).numbersShared).toBeGreaterThan(0);
    expect(features("Obama's wall is 10 feet high", 4).numbersMissing).toBe(0);
    expect(features("Obama's wall is 12 feet high", 4).numbersMissing).toBe(1);
  });

  it("matches an acronym with the words it abbreviates, either way", () => {
    expect(features("Huge crowd at the SOTU tonight", 5).acronymExpanded).toBe(1);
    expect(features("Huge crowd at the speech tonight", 5).acronymExpanded).toBe(0);
    // Shouting is not spelling out acronyms.
    expect(features("HUGE CROWD AT THE SOTU TONIGHT", 5).acronymExpanded).toBe(0);
    const acronymInClaim = analyzeCandidate(candidate("who", "The WHO declared the coronavirus a pandemic"));
    expect(computeFeatures(analyzeQuery("The World Health Organization declares a pandemic"), acronymInClaim, stats).acronymExpanded).toBe(1);
    // The same acronym on both sides is already a shared word.
    expect(computeFeatures(analyzeQuery("The WHO declares a pandemic"), acronymInClaim, stats).acronymExpanded).toBe(0);
  });

  it("pairs a post carrying a picture or video with claims about one", () => {
    const withPicture = "Look at this crowd! pic.twitter.com/abc123";
    expect(features(withPicture, 5)).toMatchObject({ mediaMatch: 1, mediaMismatch: 0 });
    expect(features(withPicture, 1)).toMatchObject({ mediaMatch: 0, mediaMismatch: 1 });
    expect(features("Look at this crowd!", 5)).toMatchObject({ mediaMatch: 0, mediaMismatch: 1 });
    expect(features("Look at this crowd!", 1)).toMatchObject({ mediaMatch: 0, mediaMismatch: 0 });
  });

  it("scores tags and the article title as their own fields", () => {
    expect(features("an absolute claim", 0).bm25Tags).toBeGreaterThan(0);
    expect(features("a miracle", 0).bm25Title).toBeGreaterThan(0);
    expect(features("a miracle", 0).bm25Claim).toBe(0);
  });
});

describe("scoreCandidates", () => {
  it("puts the claim a post repeats first, with a probability", () => {
    const ranked = scoreCandidates("BREAKING: the new 5G towers are what spreads #coronavirus https://t.co/abc — Jo (@jo) March 3, 2020", CORPUS, stats);
    expect(ranked[0]?.candidate.claimId).toBe("5g");
    for (const { score } of ranked) expect(score).toBeGreaterThanOrEqual(0);
    expect(ranked[0]?.score).toBeLessThanOrEqual(1);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 1);
  });

  it("ranks, of two candidates much alike in words, the one whose sentence vector is closer to the query's", () => {
    const pair = [candidate("a", "Vaccines contain microchips"), candidate("b", "Microchips are inside vaccines")];
    const query = "vaccines with microchips";
    const queryText = analyzeQuery(query).encoderText;
    const firstWhenCloser = (closer: string, farther: string) =>
      scoreCandidates(query, pair, stats, {
        embeddings: new Map([
          [queryText, Float32Array.of(1, 0)],
          [closer, Float32Array.of(0.9, 0.1)],
          [farther, Float32Array.of(0.1, 0.9)],
        ]),
      })[0]?.candidate.claimId;
    expect(firstWhenCloser("Vaccines contain microchips", "Microchips are inside vaccines")).toBe("a");
    expect(firstWhenCloser("Microchips are inside vaccines", "Vaccines contain microchips")).toBe("b");
  });

  it("answers nothing for no candidates", () => {
    expect(scoreCandidates("anything", [], stats)).toEqual([]);
  });
});
