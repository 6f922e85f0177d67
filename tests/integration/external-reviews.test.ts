import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Other fact-checkers' reviews imported from ClaimReview feeds, on a real database (SQLite here,
 * PostgreSQL through tests/postgres/vitest.config.ts): malformed items skipped by index, the
 * rest imported once per URL, kept in the claims' index, found as matches with their publisher
 * and rating, and never among our claims.
 */
let url: string;
let db: typeof import("../../server/db").db;
let ops: {
  createArticle: typeof import("../../server/data/articles/create-article").createArticle;
  createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
  importClaimReviewFeed: typeof import("../../server/data/external-reviews/import-claim-review-feed").importClaimReviewFeed;
  listExternalReviews: typeof import("../../server/data/external-reviews/list-external-reviews").listExternalReviews;
  deleteExternalReview: typeof import("../../server/data/external-reviews/delete-external-review").deleteExternalReview;
  listCheckedBefore: typeof import("../../server/data/claim-search/list-checked-before").listCheckedBefore;
  searchSimilarClaims: typeof import("../../server/data/claim-search/search-similar-claims").searchSimilarClaims;
  searchSimilarClaimsAndExternalReviews: typeof import("../../server/data/claim-search/search-similar-claims").searchSimilarClaimsAndExternalReviews;
  forgetClaimCorpusStatistics: typeof import("../../server/data/claim-search/claim-corpus-statistics").forgetClaimCorpusStatistics;
};
const actors: Record<"reviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("external-reviews");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/external-reviews/import-claim-review-feed")),
    ...(await import("../../server/data/external-reviews/list-external-reviews")),
    ...(await import("../../server/data/external-reviews/delete-external-review")),
    ...(await import("../../server/data/claim-search/list-checked-before")),
    ...(await import("../../server/data/claim-search/search-similar-claims")),
    ...(await import("../../server/data/claim-search/claim-corpus-statistics")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]] as const, "external.example"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const review = (path: string, claimReviewed: string, rating = "False") => ({
  "@type": "ClaimReview",
  url: `https://factcheck.example/${path}`,
  claimReviewed,
  reviewRating: { "@type": "Rating", ratingValue: "1", alternateName: rating },
  author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example" },
  datePublished: "2024-05-02",
});

const feed = (...items: unknown[]) => ({ "@context": "https://schema.org", "@type": "DataFeed", dataFeedElement: items.map((item) => ({ "@type": "DataFeedItem", item: [item] })) });

async function externalMatches(text: string) {
  ops.forgetClaimCorpusStatistics();
  return (await ops.searchSimilarClaimsAndExternalReviews({ text, limit: 10, externalLimit: 10, scope: { kind: "published" } })).external;
}

describe("ClaimReview feed import", () => {
  it("imports the well-formed items, reports a malformed one by index, and is idempotent on the review URL", async () => {
    const document = feed(
      review("moon-wall", "The Great Wall of China is visible from the Moon with the naked eye."),
      { "@type": "ClaimReview", url: "https://factcheck.example/broken", reviewRating: { alternateName: "False" }, author: { name: "Example Fact Check" } },
      review("bats-blind", "Bats are blind and navigate only by sound.", "Mostly false"),
    );
    const first = await ops.importClaimReviewFeed(actors.editor, document);
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.skipped).toEqual([{ index: 1, path: "dataFeedElement[1].item[0]", reasons: [expect.stringMatching(/claimReviewed/)] }]);
    const again = await ops.importClaimReviewFeed(actors.editor, document);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.externalReview.count({ where: { url: { startsWith: "https://factcheck.example/" } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "external_review.import" } })).toBe(2);
  });

  it("is found through the claims' index as another fact-checker's rating, follows an update, and never appears among our claims", async () => {
    const found = await externalMatches("You can see the Great Wall of China from the Moon");
    expect(found[0]).toMatchObject({ claimText: "The Great Wall of China is visible from the Moon with the naked eye.", ratingText: "False", publisherName: "Example Fact Check", url: "https://factcheck.example/moon-wall" });
    expect(found[0]?.reviewedAt?.toISOString()).toBe("2024-05-02T00:00:00.000Z");
    expect(await ops.searchSimilarClaims({ text: "You can see the Great Wall of China from the Moon", limit: 10, scope: { kind: "published" } })).toEqual([]);

    // The publisher changed their review: the import updates it, and the index follows its new wording.
    const updated = await ops.importClaimReviewFeed(actors.editor, [review("moon-wall", "Astronauts photographed the Great Wall of China from lunar orbit.", "Misleading")]);
    expect(updated).toMatchObject({ created: 0, updated: 1 });
    const after = await externalMatches("astronauts photographed from lunar orbit");
    expect(after[0]).toMatchObject({ url: "https://factcheck.example/moon-wall", ratingText: "Misleading" });
    expect((await externalMatches("visible with the naked eye")).map((m) => m.url)).not.toContain("https://factcheck.example/moon-wall");
  });

  it("shows in a reviewer's Checked before panel next to our own reviews", async () => {
    const text = "Bats are blind and find their way only by sound.";
    const article = await ops.createArticle(actors.reviewer, { title: "Bat myths", author: null, content: text, format: "text" });
    const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: text.length, restatement: "", checkable: true, tags: [] });
    ops.forgetClaimCorpusStatistics();
    const panel = await ops.listCheckedBefore(actors.reviewer, claim.id);
    expect(panel.external[0]).toMatchObject({ url: "https://factcheck.example/bats-blind", publisherName: "Example Fact Check", ratingText: "Mostly false", strength: expect.stringMatching(/probably_same|similar/) });
    expect(panel.matches.map((m) => m.claimId)).not.toContain(claim.id);
  });

  it("is for editors only, and refuses a file with no ClaimReview in it", async () => {
    await expect(ops.importClaimReviewFeed(actors.reviewer, feed(review("x", "A claim.")))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.importClaimReviewFeed(actors.editor, { "@type": "DataFeed", dataFeedElement: [] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("lists imported reviews for editors, by publisher, and deletes one: out of the index, audited with the whole row, back on re-import", async () => {
    const other = { ...review("deletable", "Drinking seawater cures the flu in two days."), author: { "@type": "Organization", name: "Second Desk" } };
    await ops.importClaimReviewFeed(actors.editor, feed(other));
    const listed = await ops.listExternalReviews(actors.editor, { page: 1, publisher: "Second Desk" });
    expect(listed.total).toBe(1);
    expect(listed.publishers.map((p) => p.name)).toContain("Second Desk");
    const target = listed.reviews[0]!;
    expect(target).toMatchObject({ claimText: "Drinking seawater cures the flu in two days.", publisherName: "Second Desk", url: "https://factcheck.example/deletable" });
    expect((await externalMatches("Does drinking seawater cure the flu?")).map((m) => m.reviewId)).toContain(target.id);

    await expect(ops.listExternalReviews(actors.reviewer, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.deleteExternalReview(actors.reviewer, target.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.deleteExternalReview(null, target.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await ops.deleteExternalReview(actors.editor, target.id);
    await expect(ops.deleteExternalReview(actors.editor, target.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await ops.listExternalReviews(actors.editor, { page: 1, publisher: "Second Desk" })).total).toBe(0);
    expect((await externalMatches("Does drinking seawater cure the flu?")).map((m) => m.reviewId)).not.toContain(target.id);
    const audit = await db.auditEvent.findFirst({ where: { action: "external_review.delete", entityId: target.id } });
    expect(JSON.parse(audit?.beforeJson ?? "null")).toMatchObject({ url: "https://factcheck.example/deletable", publisherName: "Second Desk" });

    await ops.importClaimReviewFeed(actors.editor, feed(other));
    expect((await externalMatches("Does drinking seawater cure the flu?")).some((m) => m.url === "https://factcheck.example/deletable")).toBe(true);
  });

  it("imports the largest feed a file may hold in full, in one transaction, each review in the index", async () => {
    const { MAX_FEED_ITEMS } = await import("../../domain/claim-review/parse-claim-review-feed");
    const items = Array.from({ length: MAX_FEED_ITEMS }, (_, i) => ({
      ...review(`bulk-${i}`, `Reservoir number ${i} in the northern district lost ${(i % 90) + 10} percent of its water last summer.`),
      author: { "@type": "Organization", name: "Bulk Desk" },
    }));
    const result = await ops.importClaimReviewFeed(actors.editor, feed(...items));
    expect(result).toMatchObject({ created: MAX_FEED_ITEMS, updated: 0, unchanged: 0, skipped: [] });
    expect((await ops.listExternalReviews(actors.editor, { page: 1, publisher: "Bulk Desk" })).total).toBe(MAX_FEED_ITEMS);
    const audit = await db.auditEvent.findFirst({ where: { action: "external_review.import" }, orderBy: { createdAt: "desc" } });
    const created = (JSON.parse(audit?.afterJson ?? "null") as { created: string[] }).created;
    expect(new Set(created).size).toBe(MAX_FEED_ITEMS);
    expect((await externalMatches("Reservoir number 4321 in the northern district lost water"))[0]?.url).toBe("https://factcheck.example/bulk-4321");

    expect(await ops.importClaimReviewFeed(actors.editor, feed(...items))).toMatchObject({ created: 0, updated: 0, unchanged: MAX_FEED_ITEMS });
  });
});
