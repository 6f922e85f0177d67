import { describe, expect, it } from "vitest";
import { analyzeText } from "@/domain/claim-matching/analyze-text";
import { dot, encodeSentence, sentenceVector } from "@/domain/claim-matching/word-vectors";
import { loadWordVectors } from "./load-word-vectors";

const vectors = loadWordVectors();
const uniform = () => 1;
const words = (text: string) => analyzeText(text).words;

describe("the committed word vectors and sentence encoder", () => {
  it("load with the encoder's table for every word", () => {
    expect(vectors).not.toBeNull();
    expect(vectors!.dimensions).toBe(24);
    expect(vectors!.encoderDimensions).toBe(48);
    expect(vectors!.encoderRow("vaccine")).toHaveLength(48);
    expect(vectors!.encoderRow("qwzxqv")).toBeUndefined();
  });

  it("encode a paraphrase nearer than a claim that only shares the topic, where the word vectors' average may not", () => {
    const encoded = (text: string) => encodeSentence(words(text), vectors!, uniform)!;
    const averaged = (text: string) => sentenceVector(words(text), vectors!, uniform)!;
    const cases = [
      ["Crowd yells 'shoot them' about people crossing the border and the president chuckles", "Trump laughed when an audience member at his rally suggested shooting migrants", "Thousands of migrants with forged papers were caught crossing the southern border"],
      ["The jab makes women infertile", "COVID-19 vaccines cause infertility in women", "Women can get a free flu shot at pharmacies"],
      ["Eating carrots helps you see in the dark", "Carrots improve night vision", "Carrots are the most popular vegetable in Britain"],
    ] as const;
    for (const [post, paraphrase, sameTopic] of cases) {
      expect(dot(encoded(post), encoded(paraphrase))).toBeGreaterThan(dot(encoded(post), encoded(sameTopic)));
    }
    const [post, paraphrase, sameTopic] = cases[2];
    expect(dot(averaged(post), averaged(paraphrase))).toBeLessThan(dot(averaged(post), averaged(sameTopic)));
  });
});
