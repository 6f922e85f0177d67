import { describe, expect, it } from "vitest";
import { encodeSentence, sentenceVector, softCoverage, wordVectorsFromBytes } from "./word-vectors";

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

  it("encodes a sentence as the weighted sum of its words' encoder rows, scaled per word", () => {
    // Two-number rows: "walkout" (1, 0) at scale 2, "protest" (0, 1) at scale 1, "cereal" (-1, 0).
    const encoder = { dimensions: 2, scales: Float32Array.from([2, 1, 1, 1]), bytes: Int8Array.from([127, 0, 0, 127, -127, 0, 0, 0]) };
    const withEncoder = wordVectorsFromBytes(["walkout", "protest", "cereal", "students"], Int8Array.from([127, 10, 0, 120, 20, 0, 0, 0, 127, 0, 127, 0]), 3, null, encoder);
    expect(withEncoder.encoderRow("walkout")).toEqual(Float32Array.from([2, 0]));
    const both = encodeSentence(["walkout", "protest", "hologram"], withEncoder, same)!;
    expect(both[0]).toBeCloseTo(2 / Math.sqrt(5), 5);
    expect(both[1]).toBeCloseTo(1 / Math.sqrt(5), 5);
    const weighted = encodeSentence(["walkout", "protest"], withEncoder, (word) => (word === "protest" ? 2 : 1))!;
    expect(weighted[0]).toBeCloseTo(weighted[1]!, 5);
    expect(encodeSentence(["cereal"], withEncoder, same)).toEqual(Float32Array.from([-1, 0]));
    expect(encodeSentence(["hologram"], withEncoder, same)).toBeNull();
    expect(encodeSentence(["walkout"], vectors, same)).toBeNull();
    expect(() => wordVectorsFromBytes(["a"], new Int8Array(3), 3, null, { dimensions: 2, scales: new Float32Array(1), bytes: new Int8Array(3) })).toThrow(/need 1 scales and 2 bytes/);
  });
});
