import { describe, expect, it } from "vitest";
import { claimPair, otherClaimOf } from "./claim-pair";

describe("claimPair", () => {
  it("names the same pair whichever way it is asked", () => {
    expect(claimPair("b", "a")).toEqual({ firstClaimId: "a", secondClaimId: "b" });
    expect(claimPair("a", "b")).toEqual(claimPair("b", "a"));
  });

  it("refuses a claim linked to itself", () => {
    expect(() => claimPair("a", "a")).toThrow(RangeError);
  });

  it("finds the other end from either side", () => {
    const pair = claimPair("x1", "x2");
    expect(otherClaimOf(pair, "x1")).toBe("x2");
    expect(otherClaimOf(pair, "x2")).toBe("x1");
  });
});
