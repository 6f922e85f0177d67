import { describe, expect, it } from "vitest";
import { averagePrecisionAt, bootstrapInterval, meanAveragePrecisionAt, precisionAtOne } from "./ranking-metrics";

describe("bootstrap interval of a mean", () => {
  it("brackets the mean, narrows with more queries, and is the same on every run", () => {
    const few = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 0 : 1));
    const many = Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 0 : 1));
    const narrow = bootstrapInterval(many);
    const wide = bootstrapInterval(few);
    for (const { low, high } of [narrow, wide]) {
      expect(low).toBeLessThan(0.8);
      expect(high).toBeGreaterThan(0.8);
    }
    expect(wide.high - wide.low).toBeGreaterThan(3 * (narrow.high - narrow.low));
    // 50 queries of which 80% right: about ±0.11.
    expect(wide.high - wide.low).toBeGreaterThan(0.15);
    expect(wide.high - wide.low).toBeLessThan(0.3);
    expect(bootstrapInterval(few)).toEqual(wide);
  });

  it("has no width when every query scores the same, and none without queries", () => {
    expect(bootstrapInterval([0.5, 0.5, 0.5])).toEqual({ low: 0.5, high: 0.5 });
    expect(bootstrapInterval([])).toEqual({ low: 0, high: 0 });
  });
});

describe("ranking metrics", () => {
  it("computes average precision at 5, MAP and P@1", () => {
    expect(averagePrecisionAt(["a", "b", "c"], new Set(["a"]))).toBe(1);
    expect(averagePrecisionAt(["x", "a"], new Set(["a"]))).toBe(0.5);
    expect(averagePrecisionAt(["x", "y", "z", "w", "v", "a"], new Set(["a"]))).toBe(0);
    const rankings = [
      { ranked: ["a"], relevant: new Set(["a"]) },
      { ranked: ["x", "b"], relevant: new Set(["b"]) },
    ];
    expect(meanAveragePrecisionAt(rankings)).toBe(0.75);
    expect(precisionAtOne(rankings)).toBe(0.5);
  });
});
