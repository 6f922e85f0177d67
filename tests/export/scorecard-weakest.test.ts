import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WEAKEST_LISTED, claimRatingValue, computeScorecard } from "@/domain/export/review-report";
import { toHtml } from "@/domain/export/to-html";
import { toMarkdown } from "@/domain/export/to-markdown";
import { toPdf } from "@/domain/export/to-pdf";
import type { TReviewDocument } from "@/domain/schemas/review";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

/** The fixture's claims repeated 8 times, with their own ids. */
function reviewWithManyWeakClaims(): TReviewDocument {
  const review = buildReviewFixture();
  const claims = Array.from({ length: 8 }, (_, copy) => review.claims.map((claim) => ({ ...structuredClone(claim), id: `${claim.id}-${copy}` }))).flat();
  return { ...review, claims };
}

describe("the weakest-supported claims under the scorecard", () => {
  const review = reviewWithManyWeakClaims();
  const weak = review.claims.filter((claim) => (claimRatingValue(claim) ?? Infinity) < 3).length;
  const more = `…and ${weak - WEAKEST_LISTED} more rated Unsupported or Contradicted: see the claims below.`;

  it("lists the first 10 and counts them all", () => {
    expect(weak).toBeGreaterThan(WEAKEST_LISTED);
    const scorecard = computeScorecard(review);
    expect(scorecard.weakest).toHaveLength(WEAKEST_LISTED);
    expect(scorecard.weakestCount).toBe(weak);
    // Weakest first: every listed claim rated at most as high as any claim left out.
    const listed = new Set(scorecard.weakest.map((claim) => claim.id));
    const highestListed = Math.max(...scorecard.weakest.map((claim) => claimRatingValue(claim)!));
    const lowestLeftOut = Math.min(...review.claims.filter((claim) => !listed.has(claim.id) && (claimRatingValue(claim) ?? Infinity) < 3).map((claim) => claimRatingValue(claim)!));
    expect(highestListed).toBeLessThanOrEqual(lowestLeftOut);
  });

  it("says how many more there are, in the Markdown, HTML and PDF reports", async () => {
    const markdown = toMarkdown(review, EXPORT_OPTIONS).split("## Claims")[0]!;
    expect(markdown.match(/^\d+\. (Unsupported|Contradicted): /gm)).toHaveLength(WEAKEST_LISTED);
    expect(markdown).toContain(more);

    const html = toHtml(review, EXPORT_OPTIONS);
    const list = /<ol class="weakest">(.*?)<\/ol>/s.exec(html)![1]!;
    expect(list.match(/<li>/g)).toHaveLength(WEAKEST_LISTED);
    expect(html).toContain(`<p class="more-weakest">${more}</p>`);

    const directory = mkdtempSync(join(tmpdir(), "claimcheck-weakest-"));
    try {
      writeFileSync(join(directory, "r.pdf"), await toPdf(review, EXPORT_OPTIONS));
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(directory, "r.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      const scorecardPart = text.split("WEAKEST-SUPPORTED CLAIMS")[1]!.split("Claims (")[0]!;
      expect(scorecardPart.match(/ \d+\. /g)).toHaveLength(WEAKEST_LISTED);
      expect(scorecardPart).toContain(more);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("says nothing more when the list holds them all (the fixture's own claims)", () => {
    const scorecard = computeScorecard(buildReviewFixture());
    expect(scorecard.weakest.length).toBe(scorecard.weakestCount);
    expect(toMarkdown(buildReviewFixture(), EXPORT_OPTIONS)).not.toContain("more rated Unsupported or Contradicted");
  });
});
