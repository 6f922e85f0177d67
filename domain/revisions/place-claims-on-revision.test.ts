import { describe, expect, it } from "vitest";
import { describeRange } from "../anchoring/describe-range";
import type { TClaimRecord, TReviewDocument } from "../schemas/review";
import { placeClaimsOnRevision } from "./place-claims-on-revision";

const V1 = "Natto is the richest known source of menaquinone-7.\n\nThe vitamin remains in circulation for 24 to 48 hours.";
const V2 = "Editor's note.\n\nFermented soybeans hold the most menaquinone-7.\n\nThe vitamin remains in circulation for 24 to 48 hours.";

function claim(id: string, text: string, quote: string, orphaned = false): TClaimRecord {
  const start = text.indexOf(quote);
  const { quote: q, position } = describeRange(text, start, start + quote.length);
  return {
    id, position, quote: q, anchor: { method: "exact", score: 1, orphaned }, restatement: `${id} restated`, tags: [], verdict: "supported", rationale: "", checkable: true, version: 2,
    createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", evidence: [], ratings: [],
  };
}

const revision = (number: number, text: string) => ({ number, text, blocks: [{ kind: "paragraph" as const, start: 0, end: text.length, section: "article" as const }], contentHash: `h${number}`, createdAt: "2026-01-01T00:00:00.000Z" });

const review = {
  format: "claimcheck-review", formatVersion: 1, exportedAt: "", sources: [],
  article: { slug: "k2", title: "K2", author: null, sourceUrl: null, publishedAt: null, status: "published", summary: "", createdAt: "", updatedAt: "" },
  revision: revision(2, V2),
  previousRevisions: [revision(1, V1)],
  // The orphan still carries its revision-1 selectors; the other claim was moved onto revision 2.
  claims: [claim("natto", V1, "Natto is the richest known source of menaquinone-7.", true), claim("circulation", V2, "remains in circulation for 24 to 48 hours")],
} as unknown as TReviewDocument;

describe("placeClaimsOnRevision", () => {
  it("shows the revision a review was made on with every claim where it was", () => {
    const view = placeClaimsOnRevision(review, 1)!;
    expect(view).toMatchObject({ number: 1, currentNumber: 2, text: V1, revisionNumbers: [1, 2] });
    const spans = Object.fromEntries(view.claims.map((c) => [c.id, c.placed && V1.slice(c.placed.start, c.placed.end)]));
    expect(spans).toEqual({ natto: "Natto is the richest known source of menaquinone-7.", circulation: "remains in circulation for 24 to 48 hours" });
  });

  it("lists, without guessing, the claims a revision does not hold", () => {
    const view = placeClaimsOnRevision(review, 2)!;
    expect(view.claims.find((c) => c.id === "natto")!.placed).toBeNull();
    expect(view.claims.find((c) => c.id === "circulation")!.placed).toMatchObject({ method: "position" });
  });

  it("returns null for a revision that does not exist", () => {
    expect(placeClaimsOnRevision(review, 3)).toBeNull();
  });
});
