import { describe, expect, it } from "vitest";
import { ZReviewDocument } from "@/domain/schemas/review";
import { toJson } from "@/domain/export/to-json";
import { buildReviewFixture } from "./review-fixture";

describe("toJson", () => {
  const review = buildReviewFixture();

  it("round-trips through ZReviewDocument to an identical document and identical text", () => {
    const text = toJson(review);
    const reparsed = ZReviewDocument.parse(JSON.parse(text));
    expect(reparsed).toEqual(review);
    expect(toJson(reparsed)).toBe(text);
  });

  it("keeps ids, timestamps, selectors, hostile strings and Unicode exactly", () => {
    const parsed = JSON.parse(toJson(review)) as typeof review;
    expect(parsed.claims.map((claim) => claim.id)).toEqual(review.claims.map((claim) => claim.id));
    expect(parsed.claims[0]?.position).toEqual(review.claims[0]?.position);
    expect(parsed.exportedAt).toBe("2025-03-05T12:00:00.000Z");
    expect(parsed.sources.find((source) => source.id === "src-hostile")?.url).toBe("javascript:alert(1)");
    expect(parsed.revision.text).toBe(review.revision.text);
  });

  it("refuses to write a document that would not import", () => {
    const broken = { ...review, claims: [{ ...review.claims[0], verdict: "great" }] } as unknown as typeof review;
    expect(() => toJson(broken)).toThrow();
  });
});
