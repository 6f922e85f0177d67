import { describe, expect, it } from "vitest";
import { cleanClaimText } from "./analyze-text";
import { buildCorpusStatistics } from "./corpus-statistics";
import { indexQueryTerms } from "./index-query-terms";
import { joinedWordCosts, splitJoinedWord, type WordCost } from "./split-joined-words";
import { stemWord } from "./stem-word";

/** A small dictionary: stop words are known through joinedWordCosts; these words come from the "corpus". */
const corpusWords = ["texas", "church", "shooting", "need", "change", "corn", "flakes", "festival", "george", "soros", "light", "antifa"];
const stats = buildCorpusStatistics([{ claim: corpusWords.map(stemWord), title: [], tags: [] }]);
const costs: WordCost = joinedWordCosts(stats, null);

describe("splitJoinedWord", () => {
  it("splits lower-case words run together", () => {
    expect(splitJoinedWord("texaschurchshooting", costs)).toEqual(["texas", "church", "shooting"]);
    expect(splitJoinedWord("cornflakes", costs)).toEqual(["corn", "flakes"]);
    expect(splitJoinedWord("GEORGESOROS", costs)).toEqual(["george", "soros"]);
  });

  it("prefers stop words and longer words to short pieces that merely fit", () => {
    expect(splitJoinedWord("weneedchangenow", costs)).toEqual(["we", "need", "change", "now"]);
  });

  it("separates a name it does not know from the words around it", () => {
    expect(splitJoinedWord("fyrefestival", costs)).toEqual(["fyre", "festival"]);
  });

  it("keeps digits together", () => {
    expect(splitJoinedWord("soros2020", costs)).toEqual(["soros", "2020"]);
  });

  it("leaves known words, short words and mostly unknown words alone", () => {
    expect(splitJoinedWord("antifa", costs)).toBeNull();
    expect(splitJoinedWord("corn", costs)).toBeNull();
    expect(splitJoinedWord("zxqvbnmwrtk", costs)).toBeNull();
    expect(splitJoinedWord("krzyzewskiflakes", costs)).toBeNull();
  });
});

describe("joined hashtags in the matcher's text", () => {
  it("adds a joined hashtag's words after it and keeps the hashtag itself", () => {
    const cleaned = cleanClaimText("Look at this #texaschurchshooting", costs);
    expect(cleaned).toContain("texaschurchshooting texas church shooting");
    expect(cleanClaimText("Look at this #texaschurchshooting")).not.toContain("texas church");
  });

  it("drops a link glued to the hashtag before it", () => {
    expect(cleanClaimText("#cornflakespic.twitter.com/abc and #CBChttps://t.co/x", costs)).not.toMatch(/pic|twitter|https|t\.co/);
  });

  it("asks the full-text index for the hashtag's words", () => {
    expect(indexQueryTerms("#georgesoros admits it", stats)).toEqual(expect.arrayContaining(["george", "soros", "georgesoros"]));
  });
});
