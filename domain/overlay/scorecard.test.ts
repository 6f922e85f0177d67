import { describe, expect, it } from "vitest";
import { computeScorecard } from "./scorecard";

describe("computeScorecard", () => {
  it("counts claims per verdict and the share of checkable claims supported", () => {
    const card = computeScorecard([
      { id: "a", verdict: "supported" },
      { id: "b", verdict: "mostly_supported" },
      { id: "c", verdict: "contradicted" },
      { id: "d", verdict: "unsupported" },
      { id: "e", verdict: "not_checkable" },
      { id: "f", verdict: null },
    ]);
    expect(card.total).toBe(6);
    expect(card.counts.supported).toBe(1);
    expect(card.counts.not_checkable).toBe(1);
    expect(card.unrated).toBe(1);
    expect(card.checkableRated).toBe(4);
    expect(card.supportedShare).toBe(0.5);
    expect(card.weakestFirst).toEqual(["c", "d", "b", "a"]);
  });

  it("has no share when nothing checkable is rated", () => {
    expect(computeScorecard([{ id: "x", verdict: "not_checkable" }]).supportedShare).toBeNull();
    expect(computeScorecard([]).supportedShare).toBeNull();
  });
});
