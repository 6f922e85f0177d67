import { describe, expect, it } from "vitest";
import { analyzeQuery } from "./analyze-query";
import { candidateEncoderTexts } from "./match-candidate";
import { embeddingCosine, embeddingFromBytes, embeddingToBytes, encoderText } from "./sentence-embeddings";

describe("encoderText", () => {
  it("gives a claim and its copy quoted differently the same text", () => {
    const straight = encoderText(`Obama said "we will ban guns" in 2015`);
    const curly = encoderText("Obama said \u201Cwe will ban guns\u201D in 2015");
    const single = encoderText("Obama said 'we will ban guns' in 2015");
    expect(straight).toBe("Obama said we will ban guns in 2015");
    expect(curly).toBe(straight);
    expect(single).toBe(straight);
  });

  it("drops links and collapses white space", () => {
    expect(encoderText("Masks   don't work\n https://t.co/abc123 pic.twitter.com/xyz")).toBe("Masks dont work");
  });

  it("keeps at most 2,000 characters", () => {
    expect(encoderText("word ".repeat(1000))).toHaveLength(2000);
  });
});

describe("the texts handed to the encoder", () => {
  it("leave the tweet's signature out of the query", () => {
    const query = analyzeQuery("5G towers spread the coronavirus \u2014 Jane Doe (@jane) March 3, 2020");
    expect(query.encoderText).toBe("5G towers spread the coronavirus");
  });

  it("let the quote and the restatement stand in for each other when one is empty", () => {
    expect(candidateEncoderTexts({ quote: "K2 cures \u201Ceverything\u201D", restatement: "" })).toEqual({ quote: "K2 cures everything", restatement: "K2 cures everything" });
    expect(candidateEncoderTexts({ quote: "", restatement: "K2 cures everything" })).toEqual({ quote: "K2 cures everything", restatement: "K2 cures everything" });
  });
});

describe("embeddingCosine", () => {
  it("is 1 for the same direction, 0 for orthogonal vectors and for an all-zero vector", () => {
    expect(embeddingCosine(Float32Array.of(1, 2, 3), Float32Array.of(2, 4, 6))).toBeCloseTo(1, 6);
    expect(embeddingCosine(Float32Array.of(1, 0), Float32Array.of(0, 1))).toBe(0);
    expect(embeddingCosine(Float32Array.of(0, 0), Float32Array.of(0, 1))).toBe(0);
    expect(embeddingCosine(Float32Array.of(1, 0), Float32Array.of(-1, 0))).toBeCloseTo(-1, 6);
  });
});

describe("embeddingToBytes and embeddingFromBytes", () => {
  it("round-trip a vector exactly, also from a slice of a larger buffer", () => {
    const vector = Float32Array.of(0.125, -3.5, 1e-7, 42);
    const bytes = embeddingToBytes(vector);
    expect(bytes).toHaveLength(16);
    expect(embeddingFromBytes(bytes)).toEqual(vector);
    const padded = new Uint8Array(20);
    padded.set(bytes, 3);
    expect(embeddingFromBytes(padded.subarray(3, 19))).toEqual(vector);
  });
});
