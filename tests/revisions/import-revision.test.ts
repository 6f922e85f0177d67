import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { freshSqliteDatabase } from "./fresh-database";

let removeDatabase: () => void;
let db: typeof import("../../server/db").db;
let factories: typeof import("../../prisma/factories");
let ops: typeof import("../../server/data/revisions/import-revision") &
  typeof import("../../server/data/revisions/confirm-claim-anchor") &
  typeof import("../../server/data/revisions/detach-claim-anchor") &
  typeof import("../../server/data/revisions/reattach-claim") &
  typeof import("../../server/data/revisions/get-revision-report") &
  typeof import("../../server/data/revisions/import-revision-from-url") &
  typeof import("../../server/data/claims/update-claim") &
  typeof import("../../server/data/articles/get-review-document");
const actors = {} as Record<"reader" | "reviewer" | "otherReviewer" | "editor", Actor>;

beforeAll(async () => {
  ({ remove: removeDatabase } = await freshSqliteDatabase("revisions"));
  ({ db } = await import("../../server/db"));
  factories = await import("../../prisma/factories");
  ops = {
    ...(await import("../../server/data/revisions/import-revision")),
    ...(await import("../../server/data/revisions/confirm-claim-anchor")),
    ...(await import("../../server/data/revisions/detach-claim-anchor")),
    ...(await import("../../server/data/revisions/reattach-claim")),
    ...(await import("../../server/data/revisions/get-revision-report")),
    ...(await import("../../server/data/revisions/import-revision-from-url")),
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/articles/get-review-document")),
  };
  for (const [key, role] of [["reader", "reader"], ["reviewer", "reviewer"], ["otherReviewer", "reviewer"], ["editor", "editor"]] as const) {
    const user = await factories.createUser(db, { email: `${key}@revisions.example`, name: key, role, password: "a long test password" });
    actors[key] = { id: user.id, email: user.email, name: user.name, role };
  }
});

afterAll(async () => {
  await db?.$disconnect();
  removeDatabase?.();
});

const PARAGRAPHS = [
  "Vitamin K2 and the arteries",
  "Vitamin K2 activates matrix Gla protein, which keeps calcium out of the artery walls.",
  "In the Rotterdam study, people with the highest intake of menaquinone had a 57 percent lower risk of dying from heart disease.",
  "Some people say it tastes of cheese. Natto is the richest known source of menaquinone-7.",
  "The vitamin remains in circulation between 24 and 48 hours.",
];
const textOf = (paragraphs: string[]) => paragraphs.join("\n\n");

let counter = 0;
/** A reviewed article: four claims, one with evidence and a rating. */
async function reviewedArticle(status = "in_review") {
  counter += 1;
  const article = await factories.createArticleFromText(db, { slug: `k2-${counter}`, text: textOf(PARAGRAPHS), createdById: actors.reviewer.id, status });
  const on = (quote: string) => factories.createClaimOnQuote(db, { articleId: article.id, quote, createdById: actors.reviewer.id, verdict: "mixed" });
  const claims = {
    activates: await on("Vitamin K2 activates matrix Gla protein"),
    rotterdam: await on("people with the highest intake of menaquinone had a 57 percent lower risk"),
    natto: await on("Natto is the richest known source of menaquinone-7."),
    circulation: await on("The vitamin remains in circulation between 24 and 48 hours."),
  };
  const source = await factories.createSource(db, { title: `Rotterdam study ${counter}`, authors: ["Geleijnse JM"], year: 2004, doi: `10.1093/jn/134.11.${3100 + counter}` });
  await factories.createEvidence(db, { claimId: claims.natto.id, sourceId: source.id, finding: "Natto holds about 1000 µg per 100 g.", stance: "supports", studyDesign: "statistics" });
  await factories.createRating(db, { claimId: claims.natto.id, reviewerId: actors.reviewer.id, verdict: "supported", confidence: 4 });
  return { article, claims };
}

const reload = (id: string) => db.claim.findUniqueOrThrow({ where: { id }, include: { revision: true, _count: { select: { evidence: true, ratings: true } } } });

describe("importRevision", () => {
  it("keeps every claim through a typo fix: untouched claims by position, the corrected one approximately", async () => {
    const { article, claims } = await reviewedArticle();
    const edited = [...PARAGRAPHS];
    edited[2] = edited[2]!.replace("57 percent", "57 per cent");
    const summary = await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(edited), baseRevision: 1 });

    expect(summary.revision).toBe(2);
    expect(summary.counts).toMatchObject({ total: 4, orphaned: 0, fuzzy: 1 });
    const rotterdam = await reload(claims.rotterdam.id);
    expect(rotterdam).toMatchObject({ anchorMethod: "fuzzy", orphaned: false, exact: "people with the highest intake of menaquinone had a 57 per cent lower risk", version: 2 });
    expect(rotterdam.revision.number).toBe(2);
    expect(rotterdam.anchorScore).toBeGreaterThan(0.8);
    const activates = await reload(claims.activates.id);
    expect(activates).toMatchObject({ anchorMethod: "position", anchorScore: 1, start: claims.activates.start, orphaned: false, version: 2 });
    // The claims after the edit shifted by the one character the fix added.
    const natto = await reload(claims.natto.id);
    expect(natto).toMatchObject({ start: claims.natto.start + 1, exact: claims.natto.exact, orphaned: false });
    expect(["position", "exact"]).toContain(natto.anchorMethod);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    expect(revision.text).toBe(textOf(edited.slice(1))); // the first line is the title
    expect(revision.contentHash).toMatch(/^sha256:/);
    expect(summary.outcomes.find((o) => o.claimId === claims.rotterdam.id)).toMatchObject({ kind: "fuzzy", before: { revisionNumber: 1, start: claims.rotterdam.start } });
  });

  it("shifts offsets past an inserted paragraph and reports those claims as moved", async () => {
    const { article, claims } = await reviewedArticle();
    const inserted = "Editor's note: this article was updated in May with a new paragraph.";
    const edited = [PARAGRAPHS[0]!, inserted, ...PARAGRAPHS.slice(1)];
    const summary = await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(edited) });
    const shift = inserted.length + 2;
    for (const claim of Object.values(claims)) {
      const after = await reload(claim.id);
      expect(after).toMatchObject({ start: claim.start + shift, end: claim.end + shift, exact: claim.exact, orphaned: false });
      expect(["position", "exact"]).toContain(after.anchorMethod);
    }
    expect(summary.counts).toMatchObject({ moved: 4, unchanged: 0, fuzzy: 0, orphaned: 0 });
  });

  it("orphans the claim of a deleted sentence and keeps its old selectors, evidence and ratings", async () => {
    const { article, claims } = await reviewedArticle();
    const edited = [...PARAGRAPHS];
    edited[3] = "Some people say it tastes of cheese.";
    const summary = await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(edited) });
    expect(summary.counts).toMatchObject({ orphaned: 1, total: 4 });
    const natto = await reload(claims.natto.id);
    expect(natto).toMatchObject({ orphaned: true, start: claims.natto.start, end: claims.natto.end, exact: claims.natto.exact, prefix: claims.natto.prefix, revisionId: claims.natto.revisionId });
    expect(natto._count).toEqual({ evidence: 1, ratings: 1 });

    const review = await ops.getReviewDocument(actors.reviewer, article.slug);
    expect(review.revision.number).toBe(2);
    expect(review.previousRevisions.map((r) => r.number)).toEqual([1]);
    const orphan = review.claims.find((c) => c.id === claims.natto.id)!;
    expect(orphan.anchor.orphaned).toBe(true);
    expect(orphan.evidence).toHaveLength(1);
    expect(orphan.ratings).toHaveLength(1);

    // A later revision that restores the sentence places the orphan again.
    const restored = await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(PARAGRAPHS) });
    expect(restored.counts).toMatchObject({ recovered: 1, orphaned: 0 });
    expect(await reload(claims.natto.id)).toMatchObject({ orphaned: false, start: claims.natto.start, revision: { number: 3 } });
  });

  it("leaves an orphan alone (same version) when the next revision still lacks its text", async () => {
    const { article, claims } = await reviewedArticle();
    const withoutCirculation = PARAGRAPHS.slice(0, 4);
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(withoutCirculation) });
    const orphan = await reload(claims.circulation.id);
    expect(orphan.orphaned).toBe(true);
    const summary = await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf([...withoutCirculation, "A new closing line."]) });
    expect(summary.counts.still_orphaned).toBe(1);
    expect(await reload(claims.circulation.id)).toMatchObject({ orphaned: true, version: orphan.version, revisionId: claims.circulation.revisionId });
  });

  it("refuses a re-import identical to the current revision, and writes nothing", async () => {
    const { article } = await reviewedArticle();
    // Different line endings and trailing spaces give the same canonical text.
    const same = textOf(PARAGRAPHS).replace(/\n/g, "\r\n") + "\r\n";
    await expect(ops.importRevision(actors.reviewer, article.slug, { format: "text", content: same })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("identical to the current revision (1)"),
    });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("refuses readers, anonymous users and reviewers who do not work on the article", async () => {
    const { article } = await reviewedArticle("published");
    const input = { format: "text" as const, content: textOf([...PARAGRAPHS, "More."]) };
    await expect(ops.importRevision(null, article.slug, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(ops.importRevision(actors.reader, article.slug, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.importRevision(actors.otherReviewer, article.slug, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.getRevisionReport(actors.reader, article.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await reviewedArticle("draft");
    await expect(ops.importRevision(actors.reader, draft.article.slug, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.articleRevision.count({ where: { articleId: { in: [article.id, draft.article.id] } } })).toBe(2);
    // An editor may, on any article.
    await expect(ops.importRevision(actors.editor, article.slug, input)).resolves.toMatchObject({ revision: 2 });
  });

  it("gives the second of two imports based on the same revision a conflict", async () => {
    const { article } = await reviewedArticle();
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf([...PARAGRAPHS, "First edit."]), baseRevision: 1 });
    await expect(ops.importRevision(actors.editor, article.slug, { format: "text", content: textOf([...PARAGRAPHS, "Second edit."]), baseRevision: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("bumps each claim's version, so an edit made before the import gets a conflict instead of overwriting", async () => {
    const { article, claims } = await reviewedArticle();
    const seen = await reload(claims.activates.id);
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf([...PARAGRAPHS, "An added closing line."]) });
    await expect(ops.updateClaim(actors.reviewer, claims.activates.id, { version: seen.version, restatement: "stale" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(ops.confirmClaimAnchor(actors.reviewer, claims.activates.id, seen.version)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await reload(claims.activates.id)).restatement).toBe("");
  });

  it("records the import with a before/after summary", async () => {
    const { article, claims } = await reviewedArticle();
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(PARAGRAPHS.slice(0, 4)) });
    const event = await db.auditEvent.findFirstOrThrow({ where: { articleId: article.id, action: "revision.import" } });
    expect(JSON.parse(event.beforeJson!)).toMatchObject({ revision: 1 });
    const after = JSON.parse(event.afterJson!) as { revision: number; counts: { orphaned: number }; outcomes: { claimId: string; kind: string }[] };
    expect(after).toMatchObject({ revision: 2, counts: { orphaned: 1 } });
    expect(after.outcomes).toEqual([expect.objectContaining({ claimId: claims.circulation.id, kind: "orphaned" })]);
    expect(event.actorId).toBe(actors.reviewer.id);
  });
});

describe("importRevisionFromUrl", () => {
  it("checks the permission before fetching, and refuses private addresses without writing anything", async () => {
    const { article } = await reviewedArticle("published");
    await expect(ops.importRevisionFromUrl(actors.reader, article.slug, { url: "http://127.0.0.1:9/article" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ops.importRevisionFromUrl(null, article.slug, { url: "http://127.0.0.1:9/article" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(ops.importRevisionFromUrl(actors.reviewer, article.slug, { url: "http://127.0.0.1:9/article" })).rejects.toMatchObject({
      message: expect.stringMatching(/private|loopback|refused/i),
    });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
  });
});

describe("after a re-import", () => {
  it("confirms a fuzzy match as exact, or detaches it back to its old place as an orphan", async () => {
    const { article, claims } = await reviewedArticle();
    const edited = [...PARAGRAPHS];
    edited[2] = edited[2]!.replace("57 percent lower", "57 percent lowered");
    edited[1] = edited[1]!.replace("activates matrix", "activates the matrix");
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(edited) });
    const rotterdam = await reload(claims.rotterdam.id);
    const activates = await reload(claims.activates.id);
    expect([rotterdam.anchorMethod, activates.anchorMethod]).toEqual(["fuzzy", "fuzzy"]);

    const confirmed = await ops.confirmClaimAnchor(actors.reviewer, rotterdam.id, rotterdam.version, article.slug);
    expect(confirmed).toMatchObject({ anchorMethod: "exact", anchorScore: 1, orphaned: false, version: rotterdam.version + 1 });

    const detached = await ops.detachClaimAnchor(actors.reviewer, activates.id, activates.version, article.slug);
    expect(detached).toMatchObject({ orphaned: true, exact: claims.activates.exact, start: claims.activates.start, revisionId: claims.activates.revisionId });
    await expect(ops.detachClaimAnchor(actors.reviewer, activates.id, detached.version)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // A reader cannot even see an article under review.
    await expect(ops.confirmClaimAnchor(actors.reader, rotterdam.id, confirmed.version)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("re-attaches an orphan to a selection of the current text, snapped to whole words", async () => {
    const { article, claims } = await reviewedArticle();
    const edited = [...PARAGRAPHS];
    edited[3] = "Some people say it tastes of cheese. Fermented soybeans (natto) hold more menaquinone-7 than any other food.";
    await ops.importRevision(actors.reviewer, article.slug, { format: "text", content: textOf(edited) });
    const orphan = await reload(claims.natto.id);
    expect(orphan.orphaned).toBe(true);
    const { text } = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    const start = text.indexOf("ermented soybeans");
    const end = text.indexOf("other food.") + "other fo".length;
    await expect(ops.reattachClaim(actors.reviewer, orphan.id, { version: orphan.version, start, end }, "another-slug")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ops.reattachClaim(actors.reviewer, orphan.id, { version: orphan.version, start, end: text.length + 5 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const attached = await ops.reattachClaim(actors.reviewer, orphan.id, { version: orphan.version, start, end }, article.slug);
    expect(attached).toMatchObject({ orphaned: false, exact: "Fermented soybeans (natto) hold more menaquinone-7 than any other food", anchorMethod: null });
    const after = await reload(orphan.id);
    expect(after.revision.number).toBe(2);
    expect(after._count).toEqual({ evidence: 1, ratings: 1 });
    const report = await ops.getRevisionReport(actors.reviewer, article.slug);
    expect(report.claims.filter((c) => c.orphaned)).toHaveLength(0);
    expect(report.lastImport?.counts.orphaned).toBe(1);
  });
});
