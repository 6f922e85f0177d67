import { describe, expect, it } from "vitest";
import { mayChangeVerdictDirectly, ratingDecidesVerdict, verdictOpenToReviewers } from "./consensus-rules";

describe("verdictOpenToReviewers", () => {
  it.each([
    [null, [], true],
    [null, ["supported", "contradicted"], true],
    ["supported", ["supported", "supported"], true],
    ["contradicted", ["supported", "contradicted"], false],
    ["mixed", ["supported"], false],
    ["not_checkable", [], true],
    ["supported", [], false],
  ] as const)("verdict %s with ratings %j → %s", (current, ratings, open) => {
    expect(verdictOpenToReviewers(current, ratings)).toBe(open);
  });
});

describe("ratingDecidesVerdict", () => {
  it("an editor's rating sets the verdict whatever the others said", () => {
    expect(ratingDecidesVerdict({ byEditor: true, current: "supported", ratingsBefore: ["supported"], ratingsAfter: ["supported", "contradicted"], rated: "contradicted" })).toBe(true);
  });
  it("a reviewer alone moves the verdict they agreed on", () => {
    expect(ratingDecidesVerdict({ byEditor: false, current: "supported", ratingsBefore: ["supported"], ratingsAfter: ["mixed"], rated: "mixed" })).toBe(true);
  });
  it("a reviewer who disagrees with another leaves the verdict for an editor", () => {
    expect(ratingDecidesVerdict({ byEditor: false, current: "supported", ratingsBefore: ["supported"], ratingsAfter: ["supported", "mixed"], rated: "mixed" })).toBe(false);
  });
  it("a reviewer cannot move a verdict an editor resolved", () => {
    expect(ratingDecidesVerdict({ byEditor: false, current: "contradicted", ratingsBefore: ["supported", "contradicted"], ratingsAfter: ["supported", "contradicted"], rated: "supported" })).toBe(false);
    expect(ratingDecidesVerdict({ byEditor: false, current: "mixed", ratingsBefore: ["supported"], ratingsAfter: ["supported"], rated: "supported" })).toBe(false);
  });
});

describe("mayChangeVerdictDirectly", () => {
  it("editors may; asking for the current verdict is harmless", () => {
    expect(mayChangeVerdictDirectly({ byEditor: true, current: "contradicted", ratings: ["supported", "contradicted"], requested: "supported" })).toBe(true);
    expect(mayChangeVerdictDirectly({ byEditor: false, current: "contradicted", ratings: ["supported", "contradicted"], requested: "contradicted" })).toBe(true);
  });
  it("a reviewer may not override an editor's verdict (issue 16.1)", () => {
    expect(mayChangeVerdictDirectly({ byEditor: false, current: "contradicted", ratings: ["supported", "contradicted"], requested: "supported" })).toBe(false);
    expect(mayChangeVerdictDirectly({ byEditor: false, current: "contradicted", ratings: ["supported", "contradicted"], requested: "not_checkable" })).toBe(false);
  });
  it("a reviewer may mark an unrated claim not checkable, and clear that again", () => {
    expect(mayChangeVerdictDirectly({ byEditor: false, current: null, ratings: [], requested: "not_checkable" })).toBe(true);
    expect(mayChangeVerdictDirectly({ byEditor: false, current: "not_checkable", ratings: [], requested: null })).toBe(true);
  });
  it("a reviewer may not mark a claim not checkable against the others' ratings", () => {
    expect(mayChangeVerdictDirectly({ byEditor: false, current: null, ratings: ["supported", "mixed"], requested: "not_checkable" })).toBe(false);
  });
});
