import { describe, expect, it } from "vitest";
import { publishProblems } from "./publish-readiness";

describe("publishProblems", () => {
  it("names every gap of a draft published straight away (issue 14's newcomer sequence)", () => {
    expect(
      publishProblems({
        claims: [
          { verdict: null, checkable: true, evidenceCount: 0 },
          { verdict: "supported", checkable: true, evidenceCount: 0 },
          { verdict: "not_checkable", checkable: false, evidenceCount: 0 },
        ],
        summary: " ",
        reviewerCount: 0,
      }),
    ).toEqual(["1 claim is not rated yet.", "2 checkable claims have no evidence.", "There is no summary.", "No reviewer is assigned."]);
  });

  it("is empty for a finished review", () => {
    expect(publishProblems({ claims: [{ verdict: "mixed", checkable: true, evidenceCount: 2 }], summary: "Mostly wrong.", reviewerCount: 1 })).toEqual([]);
  });

  it("says when there is nothing to publish", () => {
    expect(publishProblems({ claims: [], summary: "x", reviewerCount: 1 })).toEqual(["The review has no claims."]);
  });
});
