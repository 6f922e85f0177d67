import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMAT_NAMES } from "../../domain/export";
import { DEMO_USERS } from "../../prisma/demo-accounts";
import { DEMO_SLUG } from "../../prisma/demo-review";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Reviewers' email addresses are not public: the review document behind GET
 * /api/articles/<slug> and every export names reviewers by display name to anonymous
 * visitors, readers and other reviewers; editors and admins see the emails (they assign and
 * import by email), and a reviewer sees their own (the workspace finds their rating by it).
 * Against the seeded demo in a real SQLite file: ratings by the demo reviewer and editor.
 */

let url: string;
let db: typeof import("../../server/db").db;
let getReviewDocument: typeof import("../../server/data/articles/get-review-document").getReviewDocument;
let exportArticle: typeof import("../../server/data/export/export-article").exportArticle;

const actor = (role: Actor["role"]): Actor => {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  return { id: user.id, email: user.email, name: user.name, role };
};
const REVIEWER_EMAIL = actor("reviewer").email;
const EDITOR_EMAIL = actor("editor").email;
const ANOTHER_REVIEWER: Actor = { id: "another-reviewer", email: "another@demo.claimcheck.test", name: "Ann Other", role: "reviewer" };

beforeAll(async () => {
  url = await useFreshSqliteDatabase("reviewer-emails");
  ({ db } = await import("../../server/db"));
  const { seedDemo } = await import("../../prisma/seed");
  await seedDemo(db);
  ({ getReviewDocument } = await import("../../server/data/articles/get-review-document"));
  ({ exportArticle } = await import("../../server/data/export/export-article"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

function emailsIn(text: string): string[] {
  return [...new Set(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])];
}

describe("reviewer identity in the review document and the exports", () => {
  it("the demo has ratings by the reviewer and the editor (the emails the public must not see)", async () => {
    const review = await getReviewDocument(actor("editor"), DEMO_SLUG);
    const emails = new Set(review.claims.flatMap((claim) => claim.ratings.map((rating) => rating.reviewerEmail)));
    expect(emails).toEqual(new Set([REVIEWER_EMAIL, EDITOR_EMAIL]));
  });

  for (const [who, viewer] of [
    ["an anonymous visitor", null],
    ["a reader", actor("reader")],
    ["a reviewer who made none of the ratings", ANOTHER_REVIEWER],
  ] as const) {
    it(`${who} sees display names only: in the document (GET /api/articles/<slug>) and in every export`, async () => {
      const review = await getReviewDocument(viewer, DEMO_SLUG);
      const ratings = review.claims.flatMap((claim) => claim.ratings);
      expect(ratings.length).toBeGreaterThan(0);
      expect(ratings.every((rating) => rating.reviewerEmail === undefined && rating.reviewerName.length > 0)).toBe(true);
      expect(new Set(ratings.map((rating) => rating.reviewerName))).toEqual(new Set(["Ravi Reviewer", "Erin Editor"]));
      expect(emailsIn(JSON.stringify(review))).toEqual([]);
      for (const format of EXPORT_FORMAT_NAMES) {
        const exported = await exportArticle(viewer, DEMO_SLUG, format, "https://claimcheck.example");
        const text = typeof exported.body === "string" ? exported.body : Buffer.from(exported.body).toString("latin1");
        expect(emailsIn(text), `${format} export`).toEqual([]);
      }
    });
  }

  it("a reviewer sees their own email on their own ratings, and only names on the others'", async () => {
    const review = await getReviewDocument(actor("reviewer"), DEMO_SLUG);
    const ratings = review.claims.flatMap((claim) => claim.ratings);
    expect(ratings.filter((rating) => rating.reviewerName === "Ravi Reviewer").every((rating) => rating.reviewerEmail === REVIEWER_EMAIL)).toBe(true);
    expect(ratings.filter((rating) => rating.reviewerName === "Erin Editor").every((rating) => rating.reviewerEmail === undefined)).toBe(true);
    expect(emailsIn(JSON.stringify(review))).toEqual([REVIEWER_EMAIL]);
  });

  for (const role of ["editor", "admin"] as const) {
    it(`an ${role} sees every reviewer's email, so the JSON export stays importable`, async () => {
      const exported = await exportArticle(actor(role), DEMO_SLUG, "json", "https://claimcheck.example");
      const review = JSON.parse(String(exported.body)) as { claims: { ratings: { reviewerEmail?: string }[] }[] };
      const ratings = review.claims.flatMap((claim) => claim.ratings);
      expect(ratings.every((rating) => rating.reviewerEmail === REVIEWER_EMAIL || rating.reviewerEmail === EDITOR_EMAIL)).toBe(true);
    });
  }
});
