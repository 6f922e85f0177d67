import { afterAll, beforeAll, expect, it } from "vitest";
import { describeRange } from "../../domain/anchoring/describe-range";
import type { Actor } from "../../server/authz";
import { freshSqliteDatabase } from "./fresh-database";

let removeDatabase: () => void;
let db: typeof import("../../server/db").db;
let importRevision: typeof import("../../server/data/revisions/import-revision").importRevision;
let reviewer: Actor;

beforeAll(async () => {
  ({ remove: removeDatabase } = await freshSqliteDatabase("revisions-scale"));
  ({ db } = await import("../../server/db"));
  ({ importRevision } = await import("../../server/data/revisions/import-revision"));
  const { createUser } = await import("../../prisma/factories");
  const user = await createUser(db, { email: "scale@revisions.example", name: "Scale", role: "reviewer", password: "a long test password" });
  reviewer = { id: user.id, email: user.email, name: user.name, role: "reviewer" };
});

afterAll(async () => {
  await db?.$disconnect();
  removeDatabase?.();
});

const paragraph = (i: number) => `Paragraph ${i}: in cohort ${i} the measured effect was ${(i * 7) % 97} percent over ${i % 13} years, according to the report of study number ${i * 31}.`;

it("re-imports an article of about 1 MB with 2,000 claims in one transaction", async () => {
  const paragraphs = Array.from({ length: 7_500 }, (_, i) => paragraph(i));
  const { createArticleFromText } = await import("../../prisma/factories");
  const article = await createArticleFromText(db, { slug: "scale", title: "Scale", text: paragraphs.join("\n\n"), createdById: reviewer.id });
  const revision = article.revisions[0]!;
  expect(revision.text.length).toBeGreaterThan(900_000);
  const rows = Array.from({ length: 2_000 }, (_, k) => {
    const i = k * 3;
    const quote = `cohort ${i} the measured effect was ${(i * 7) % 97} percent over ${i % 13} years`;
    const start = revision.text.indexOf(quote, revision.text.indexOf(`Paragraph ${i}:`));
    const { quote: q } = describeRange(revision.text, start, start + quote.length);
    return { articleId: article.id, revisionId: revision.id, start, end: start + quote.length, exact: q.exact, prefix: q.prefix, suffix: q.suffix, createdById: reviewer.id };
  });
  await db.claim.createMany({ data: rows });

  // A paragraph inserted near the top moves everything; every tenth claimed paragraph is rewritten (claims sit on every third paragraph).
  const edited = paragraphs.map((p, i) => (i % 30 === 0 && i > 0 ? `Paragraph ${i} was withdrawn by the authors.` : p));
  edited.splice(1, 0, "An editor's note inserted near the top.");
  const started = performance.now();
  const summary = await importRevision(reviewer, "scale", { format: "text", content: edited.join("\n\n") });
  const elapsed = performance.now() - started;
  console.log(`re-import of ${revision.text.length} characters with 2000 claims: ${elapsed.toFixed(0)} ms`, summary.counts);
  expect(summary.counts.total).toBe(2_000);
  // Claims on the 199 rewritten paragraphs are never silently placed: each is an orphan or waits for a reviewer's
  // confirmation (these synthetic paragraphs differ from their neighbours only in their numbers).
  expect(summary.counts.orphaned + summary.counts.fuzzy).toBe(199);
  expect(summary.counts.moved).toBe(1_800);
  expect(summary.counts.unchanged).toBe(1); // claim 0 is above the inserted paragraph
}, 120_000);
