import { afterAll, beforeAll, expect, it } from "vitest";
import { ZReviewDocument, type TReviewDocument } from "../../domain/schemas/review";
import { toJson } from "../../domain/export/to-json";
import type { Actor } from "../../server/authz";
import { SOURCES } from "../export/review-fixture";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/** A review of 2,000 claims imports in one transaction, in seconds, and exports back identically. */

const CLAIMS = 2000;
/** The fixture's sources, less the one with a javascript: URL (an import refuses it: tests/import/import-validation.test.ts). */
const IMPORTABLE_SOURCES = SOURCES.filter((source) => source.url === null || /^https?:/.test(source.url));
let url: string;
let db: typeof import("../../server/db").db;

function largeReview(): TReviewDocument {
  let text = "";
  const claims: TReviewDocument["claims"] = [];
  for (let i = 0; i < CLAIMS; i += 1) {
    const sentence = `Claim ${i}: vitamin K2 at ≥ ${i} µg changes risk by −${i % 50} % (αβγ 中文).`;
    const start = text.length;
    text += `${sentence}\n\n`;
    const source = IMPORTABLE_SOURCES[i % IMPORTABLE_SOURCES.length]!;
    claims.push({
      id: `scale-claim-${i}`,
      position: { type: "TextPositionSelector", start, end: start + sentence.length },
      quote: { type: "TextQuoteSelector", exact: sentence, prefix: "", suffix: "" },
      anchor: { method: "created", score: 1, orphaned: false },
      restatement: `Restatement ${i}`,
      tags: ["quantitative"],
      verdict: "mixed",
      rationale: `Rationale **${i}**`,
      checkable: true,
      version: 2,
      createdAt: "2025-03-01T09:00:00.000Z",
      updatedAt: "2025-03-02T10:30:00.000Z",
      evidence: [{ id: `scale-evidence-${i}`, sourceId: source.id, finding: `Finding ${i}`, locator: null, stance: "supports", studyDesign: "cohort", note: null }],
      ratings: [{ id: `scale-rating-${i}`, reviewerEmail: "rita@example.org", reviewerName: "Rita Reviewer", verdict: "mixed", confidence: 3, rationale: "", updatedAt: "2025-03-02T10:00:00.000Z" }],
    });
  }
  const used = new Set(claims.map((claim) => claim.evidence[0]!.sourceId));
  const sources = [...used].map((id) => IMPORTABLE_SOURCES.find((source) => source.id === id)!);
  return ZReviewDocument.parse({
    format: "claimcheck-review",
    formatVersion: 1,
    exportedAt: "2025-03-05T12:00:00.000Z",
    article: { slug: "scale", title: "Scale", author: null, sourceUrl: null, publishedAt: null, status: "in_review", summary: "", createdAt: "2025-03-01T08:00:00.000Z", updatedAt: "2025-03-04T16:00:00.000Z" },
    revision: { number: 1, text, blocks: claims.map((c) => ({ kind: "paragraph", start: c.position.start, end: c.position.end, section: "article" })), contentHash: "sha256:scale", createdAt: "2025-03-01T08:00:00.000Z" },
    sources,
    claims,
  });
}

beforeAll(async () => {
  url = await useFreshSqliteDatabase("import-scale");
  ({ db } = await import("../../server/db"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

it(`imports ${CLAIMS} claims with evidence and ratings in one transaction and exports them back identically`, { timeout: 120_000 }, async () => {
  const { createUser } = await import("../../prisma/factories");
  const { importReview } = await import("../../server/data/import/import-review");
  const { getReviewDocument } = await import("../../server/data/articles/get-review-document");
  const user = await createUser(db, { email: "editor@scale.test", name: "Editor", role: "editor", password: "a long test password" });
  await createUser(db, { email: "rita@example.org", name: "Rita Reviewer", role: "reviewer", password: "a long test password" });
  const editor: Actor = { id: user.id, email: user.email, name: user.name, role: "editor" };
  const review = largeReview();

  const started = performance.now();
  await importReview(editor, review);
  const importMs = performance.now() - started;
  console.log(`import of ${CLAIMS} claims: ${importMs.toFixed(0)} ms`);
  expect(importMs).toBeLessThan(60_000);

  const again = await getReviewDocument(editor, "scale");
  // Read back, each source also carries its reference, formatted and stored on import; the file's form leaves it out.
  expect(again.sources.every((source) => typeof source.reference === "string" && source.reference.length > 0)).toBe(true);
  expect(JSON.parse(toJson({ ...again, exportedAt: review.exportedAt }))).toEqual(review);
});
