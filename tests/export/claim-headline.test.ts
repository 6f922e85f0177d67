import { describe, expect, it } from "vitest";
import { claimHeadline } from "@/domain/export/review-report";
import { buildReviewFixture } from "./review-fixture";

describe("claimHeadline (the claim's line in every report)", () => {
  it("is the restatement when there is one", () => {
    const claim = { ...buildReviewFixture().claims[0]!, restatement: "  K2 removes arterial calcium.  " };
    expect(claimHeadline(claim)).toBe("K2 removes arterial calcium.");
  });

  it("falls back to the quote on one line, even when the quote spans paragraphs", () => {
    const base = buildReviewFixture().claims[0]!;
    const claim = { ...base, restatement: " ", quote: { ...base.quote, exact: "The first paragraph ends here.\n\nThe second begins\there." } };
    expect(claimHeadline(claim)).toBe("The first paragraph ends here. The second begins here.");
  });
});
