import { describe, expect, it } from "vitest";
import { articleAgreement, describeAgreement, hasDisagreement, reliabilityMatrix } from "./rating-agreement";
import type { Verdict } from "./scale";

const claim = (...ratings: [string, Verdict][]) => ({ ratings: ratings.map(([reviewerKey, verdict]) => ({ reviewerKey, verdict })) });

describe("rating agreement", () => {
  it("flags a claim only when its reviewers' verdicts differ", () => {
    expect(hasDisagreement(claim(["a", "supported"], ["b", "supported"]))).toBe(false);
    expect(hasDisagreement(claim(["a", "supported"]))).toBe(false);
    expect(hasDisagreement(claim(["a", "supported"], ["b", "mixed"]))).toBe(true);
    expect(hasDisagreement(claim(["a", "not_checkable"], ["b", "mixed"]))).toBe(true);
  });

  it("builds the claims × reviewers matrix on the 1–5 scale with gaps as null", () => {
    const matrix = reliabilityMatrix([claim(["a", "supported"], ["b", "contradicted"]), claim(["b", "mixed"]), claim(["a", "not_checkable"])]);
    expect(matrix.reviewers).toEqual(["a", "b"]);
    expect(matrix.rows).toEqual([
      [5, 1],
      [null, 3],
      [null, null],
    ]);
  });

  it("is null without paired ratings, 1 for perfect agreement with variation, negative for systematic disagreement", () => {
    expect(articleAgreement([claim(["a", "supported"])])).toBeNull();
    expect(articleAgreement([claim(["a", "supported"], ["b", "supported"])])).toBeNull();
    expect(articleAgreement([claim(["a", "supported"], ["b", "supported"]), claim(["a", "contradicted"], ["b", "contradicted"])])).toBe(1);
    const opposed = articleAgreement([claim(["a", "supported"], ["b", "contradicted"]), claim(["a", "contradicted"], ["b", "supported"])]);
    expect(opposed).not.toBeNull();
    expect(opposed!).toBeLessThan(0);
    expect(describeAgreement(null)).toMatch(/not enough ratings/i);
    expect(describeAgreement(0.9)).toBe("Good agreement");
  });
});
