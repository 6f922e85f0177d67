import { describe, expect, it } from "vitest";
import { buildCanonicalDocument } from "../text/canonical-text";
import { detectAdvice } from "./detect-advice";
import { pairQuestionsWithAnswers } from "./pair-questions-with-answers";
import { segmentSentences } from "./segment-sentences";
import { suggestClaims } from "./suggest-claims";

const article = buildCanonicalDocument([
  { kind: "heading", text: "Calcium and you" },
  { kind: "paragraph", text: "It is really nice. Vitamin K2 is the only substance that reverses arterial calcification (Luo et al., 1997)." },
  { kind: "paragraph", text: "How many people over 60 have kidney stones? Almost all of them." },
  { kind: "comments_heading", text: "3 thoughts on this", section: "comments" },
  { kind: "comment", text: "Hi there. You definitely have to stop taking vitamin D right now.", section: "comments" },
  { kind: "comment", text: "Should I increase my K2 dose?", section: "comments" },
]);

describe("suggestClaims", () => {
  it("ranks the dense claim first and returns ranges that match their quotes", () => {
    const suggestions = suggestClaims(article);
    expect(suggestions[0]?.quote).toMatch(/^Vitamin K2 is the only substance/);
    for (const s of suggestions) expect(article.text.slice(s.start, s.end)).toBe(s.quote);
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);
  });

  it("labels a reader comment's advice as advice, and a question asking for advice as neither", () => {
    const suggestions = suggestClaims(article, { minScore: 0 });
    const advice = suggestions.find((s) => s.quote.startsWith("You definitely have to stop taking vitamin D"));
    expect(advice?.kind).toBe("advice");
    expect(advice?.tags[0]).toBe("advice");
    const question = suggestions.find((s) => s.quote.startsWith("Should I increase"));
    expect(question?.kind).toBe("claim");
    expect(question?.score).toBe(0);
  });

  it("keeps a rhetorical question together with its short answer", () => {
    const quotes = suggestClaims(article).map((s) => s.quote);
    expect(quotes).toContain("How many people over 60 have kidney stones? Almost all of them.");
  });

  it("drops small talk below the default minimum score and never suggests the comments heading", () => {
    const quotes = suggestClaims(article).map((s) => s.quote);
    expect(quotes).not.toContain("It is really nice.");
    expect(quotes).not.toContain("Hi there.");
    expect(quotes).not.toContain("3 thoughts on this");
  });

  it("honours limit and includeComments", () => {
    expect(suggestClaims(article, { limit: 1 })).toHaveLength(1);
    const articleOnly = suggestClaims(article, { includeComments: false, minScore: 0 });
    const commentsStart = article.blocks.find((b) => b.section === "comments")!.start;
    expect(articleOnly.length).toBeGreaterThan(0);
    expect(articleOnly.every((s) => s.end <= commentsStart)).toBe(true);
  });

  it("returns nothing for an empty document", () => {
    expect(suggestClaims({ text: "", blocks: [] })).toEqual([]);
  });
});

describe("detectAdvice", () => {
  it.each([
    ["You definitely have to stop taking D and focus on taking only K2.", true],
    ["Start K2 mk-7.", true],
    ["Start it today!", true],
    ["It is crucial for everyone to take it every day.", true],
    ["We need to eat grass fed meat and butter.", true],
    ["Should I increase the K2 to aid in removing calcification?", false],
    ["We need to understand what K2 is.", false],
    ["If you didn't stop there, you should keep reading.", false],
    ["Vitamin K2 removes calcium from soft tissues.", false],
    ["It is most natural that animals should be grazing on grass.", false],
  ])("%s → %s", (sentence, isAdvice) => {
    expect(detectAdvice(sentence) !== null).toBe(isAdvice);
  });
});

describe("pairQuestionsWithAnswers", () => {
  it.each([
    ["Is it common? Hardly any doubt.", ["Is it common? Hardly any doubt."]],
    ["Is it common? It is common in every country we have data for today.", ["Is it common?", "It is common in every country we have data for today."]],
    ["Why? Why not?", ["Why?", "Why not?"]],
    ["Is it common?\nYes.", ["Is it common?", "Yes."]],
  ])("%s", (text, expected) => {
    expect(pairQuestionsWithAnswers(text, segmentSentences(text)).map((s) => s.text)).toEqual(expected);
  });
});
