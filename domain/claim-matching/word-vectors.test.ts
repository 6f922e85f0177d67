import { describe, expect, it } from "vitest";
import { sentenceVector, softCoverage, wordVectorsFromBytes } from "./word-vectors";

// Three dimensions: "walkout" and "protest" point the same way, "cereal" elsewhere.
const vectors = wordVectorsFromBytes(["walkout", "protest", "cereal", "students"], Int8Array.from([127, 10, 0, 120, 20, 0, 0, 0, 127, 0, 127, 0]), 3);
const same = () => 1;

describe("word vectors", () => {
  it("decodes unit vectors and knows which words it lacks", () => {
    const walkout = vectors.vector("walkout")!;
    expect(Math.hypot(...walkout)).toBeCloseTo(1, 5);
    expect(vectors.vector("hologram")).toBeUndefined();
    expect(() => wordVectorsFromBytes(["a"], new Int8Array(2), 3)).toThrow(/need 3 bytes/);
  });

  it("credits a related word partly, a shared word fully and an unrelated word not at all", () => {
    expect(softCoverage(["walkout"], ["protest"], vectors, same)).toBeGreaterThan(0.9);
    expect(softCoverage(["walkout"], ["walkout"], vectors, same)).toBe(1);
    expect(softCoverage(["walkout"], ["cereal"], vectors, same)).toBe(0);
    expect(softCoverage(["walkout", "hologram"], ["protest"], vectors, same)).toBeLessThan(0.5);
  });

  it("averages a sentence's words, without the common direction when there is one", () => {
    expect(sentenceVector(["hologram"], vectors, same)).toBeNull();
    const withCommon = wordVectorsFromBytes(["walkout", "students"], Int8Array.from([127, 127, 0, 0, 127, 0]), 3, [0, 1, 0]);
    const sentence = sentenceVector(["walkout", "students"], withCommon, same)!;
    expect(sentence[1]).toBeCloseTo(0, 5);
    expect(Math.hypot(...sentence)).toBeCloseTo(1, 5);
  });
});
