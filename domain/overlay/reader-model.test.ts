import { describe, expect, it } from "vitest";
import { buildReviewFixture } from "../../tests/export/review-fixture";
import { buildReaderModel } from "./reader-model";

describe("buildReaderModel", () => {
  it("keeps claims that could not be located, lists them apart and never highlights them", () => {
    const review = buildReviewFixture();
    const lost = review.claims[1]!;
    lost.anchor = { method: "fuzzy", score: 0.2, orphaned: true };
    const model = buildReaderModel(review);

    expect(model.claims.map((c) => c.id)).toContain(lost.id);
    expect(model.claims.find((c) => c.id === lost.id)?.orphaned).toBe(true);
    expect(model.unlocatedIds).toEqual([lost.id]);
    expect(model.readingOrder).not.toContain(lost.id);
    expect(model.blocks.flatMap((b) => b.segments).some((s) => s.claimIds.includes(lost.id))).toBe(false);
    expect(model.readingOrder).toHaveLength(review.claims.length - 1);
  });

  it("orders claims by where they start, the longer first where two start together", () => {
    const review = buildReviewFixture();
    const first = review.claims[0]!;
    review.claims.push({ ...first, id: "nested", position: { ...first.position, end: first.position.start + 5 } });
    const model = buildReaderModel(review);
    const starts = model.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(model.readingOrder.indexOf("nested")).toBe(model.readingOrder.indexOf(first.id) + 1);
  });

  it("links the original article only when its stored address is http(s)", () => {
    const review = buildReviewFixture();
    for (const hostile of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "/relative/path"]) {
      review.article.sourceUrl = hostile;
      expect(buildReaderModel(review).sourceUrl, hostile).toBeNull();
    }
    review.article.sourceUrl = "https://blog.example.com/vitamin-k2";
    expect(buildReaderModel(review).sourceUrl).toBe("https://blog.example.com/vitamin-k2");
  });
});
