import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLDS, matchStrength } from "./match-thresholds";

describe("matchStrength (two thresholds)", () => {
  it("hides weak matches, shows similar ones and marks strong ones as probably the same claim", () => {
    expect(matchStrength(MATCH_THRESHOLDS.show - 0.01)).toBeNull();
    expect(matchStrength(MATCH_THRESHOLDS.show)).toBe("similar");
    expect(matchStrength(MATCH_THRESHOLDS.same - 0.01)).toBe("similar");
    expect(matchStrength(MATCH_THRESHOLDS.same)).toBe("probably_same");
    expect(matchStrength(0.5, { show: 0.6, same: 0.9 })).toBeNull();
  });
});
