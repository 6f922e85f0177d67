import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { removePostgresDatabase, useFreshPostgresDatabase } from "./support/postgres-test-database";

let url: string;
let db: typeof import("../../server/db").db;
let createArticle: typeof import("../../server/data/articles/create-article").createArticle;
let createClaim: typeof import("../../server/data/claims/create-claim").createClaim;
let updateClaim: typeof import("../../server/data/claims/update-claim").updateClaim;
const reviewers: Actor[] = [];

beforeAll(async () => {
  url = await useFreshPostgresDatabase("concurrent_edits");
  ({ db } = await import("../../server/db"));
  ({ createArticle } = await import("../../server/data/articles/create-article"));
  ({ createClaim } = await import("../../server/data/claims/create-claim"));
  ({ updateClaim } = await import("../../server/data/claims/update-claim"));
  const { createUser } = await import("../../prisma/factories");
  for (const name of ["first", "second", "third", "fourth"]) {
    const user = await createUser(db, { email: `${name}@test.example`, name, role: "editor", password: "a long test password" });
    reviewers.push({ id: user.id, email: user.email, name: user.name, role: "editor" });
  }
});

afterAll(async () => {
  await db.$disconnect();
  await removePostgresDatabase(url);
});

describe("simultaneous saves on PostgreSQL (real concurrent transactions, not one after the other)", () => {
  it("lets exactly one of several saves from the same version through; the others get CONFLICT", async () => {
    const article = await createArticle(reviewers[0]!, { title: "Race", content: "Coffee after 4 pm halves deep sleep.", format: "text", author: null });
    const claim = await createClaim(reviewers[0]!, article.slug, { start: 0, end: 10, restatement: "", checkable: true, tags: [] });

    const outcomes = await Promise.allSettled(
      reviewers.map((reviewer) => updateClaim(reviewer, claim.id, { version: claim.version, restatement: `saved by ${reviewer.name}` })),
    );

    const saved = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused.map((outcome) => (outcome.reason as { code?: string }).code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(claim.version + 1);
    expect(stored.restatement).toBe((saved[0] as PromiseFulfilledResult<{ restatement: string }>).value.restatement);
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "claim.update" } })).toBe(1);
  });
});
