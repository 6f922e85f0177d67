import { describe, expect, it } from "vitest";
import { claimsAtOffset } from "./claims-at-offset";

const claims = [
  { id: "outer", start: 0, end: 40 },
  { id: "inner", start: 10, end: 20 },
  { id: "later", start: 50, end: 60 },
];

describe("claimsAtOffset", () => {
  it("lists the claims covering an offset, innermost first", () => {
    expect(claimsAtOffset(claims, 15)).toEqual(["inner", "outer"]);
    expect(claimsAtOffset(claims, 5)).toEqual(["outer"]);
  });

  it("treats a claim's end as outside it and its start as inside", () => {
    expect(claimsAtOffset(claims, 20)).toEqual(["outer"]);
    expect(claimsAtOffset(claims, 10)).toEqual(["inner", "outer"]);
    expect(claimsAtOffset(claims, 60)).toEqual([]);
  });

  it("finds nothing between claims", () => {
    expect(claimsAtOffset(claims, 45)).toEqual([]);
  });

  it("orders claims of equal length by where they start", () => {
    expect(claimsAtOffset([{ id: "b", start: 5, end: 15 }, { id: "a", start: 0, end: 10 }], 7)).toEqual(["a", "b"]);
  });
});
