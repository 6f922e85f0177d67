import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TReviewDocument } from "../../domain/schemas/review";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Import files a security review sent, against a real SQLite file: each bad file is refused
 * with 4xx (INVALID_INPUT) naming the path of the bad field, never with a database error (a
 * 500), and leaves every table as it was. A source whose DOI or PMID is written differently
 * from the stored one is the same source, reused, not a unique-index crash.
 */

let url: string;
let db: typeof import("../../server/db").db;
let importReview: typeof import("../../server/data/import/import-review").importReview;
let editor: Actor;

const TEXT = "Vitamin K2 reverses arterial calcification.\n\nIt also cures everything else.";
const QUOTE = "Vitamin K2 reverses arterial calcification.";

/** A small valid file; `tag` makes every id and the slug unique, so each case stands alone. */
function reviewFile(tag: string): TReviewDocument {
  return {
    format: "claimcheck-review",
    formatVersion: 1,
    exportedAt: "2025-03-05T12:00:00.000Z",
    article: {
      slug: `imported-${tag}`,
      title: `Imported ${tag}`,
      author: null,
      sourceUrl: "https://blog.example.com/k2",
      publishedAt: "2019-06-01T00:00:00.000Z",
      status: "published",
      summary: "",
      createdAt: "2025-03-01T08:00:00.000Z",
      updatedAt: "2025-03-04T16:00:00.000Z",
    },
    revision: {
      number: 1,
      text: TEXT,
      blocks: [
        { kind: "paragraph", start: 0, end: QUOTE.length, section: "article" },
        { kind: "paragraph", start: QUOTE.length + 2, end: TEXT.length, section: "article" },
      ],
      contentHash: "sha256:test",
      createdAt: "2025-03-01T08:00:00.000Z",
    },
    previousRevisions: [],
    sources: [
      {
        id: `source-${tag}`,
        title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
        authors: ["Luo G"],
        container: "Nature",
        year: 1997,
        doi: null,
        pmid: null,
        url: null,
        csl: { type: "article-journal", title: "Spontaneous calcification" },
      },
    ],
    claims: [
      {
        id: `claim-${tag}`,
        position: { type: "TextPositionSelector", start: 0, end: QUOTE.length },
        quote: { type: "TextQuoteSelector", exact: QUOTE, prefix: "", suffix: "\n\nIt also cures everything" },
        anchor: { method: "created", score: 1, orphaned: false },
        restatement: "K2 reverses calcification.",
        tags: [],
        verdict: "unsupported",
        rationale: "",
        checkable: true,
        version: 2,
        createdAt: "2025-03-01T09:00:00.000Z",
        updatedAt: "2025-03-02T10:30:00.000Z",
        evidence: [{ id: `evidence-${tag}`, sourceId: `source-${tag}`, finding: "Mice only.", locator: null, stance: "contradicts", studyDesign: "animal", note: null }],
        ratings: [
          { id: `rating-${tag}`, reviewerEmail: "rita@example.org", reviewerName: "Rita Reviewer", verdict: "unsupported", confidence: 4, rationale: "", updatedAt: "2025-03-02T10:00:00.000Z" },
        ],
      },
    ],
  };
}

async function tableCounts() {
  const [articles, revisions, sources, claims, evidence, ratings, events] = await Promise.all([
    db.article.count(),
    db.articleRevision.count(),
    db.source.count(),
    db.claim.count(),
    db.evidence.count(),
    db.rating.count(),
    db.auditEvent.count(),
  ]);
  return { articles, revisions, sources, claims, evidence, ratings, events };
}

beforeAll(async () => {
  url = await useFreshSqliteDatabase("import-validation");
  ({ db } = await import("../../server/db"));
  ({ importReview } = await import("../../server/data/import/import-review"));
  const { createUser } = await import("../../prisma/factories");
  const user = await createUser(db, { email: "editor@example.org", name: "Erin Editor", role: "editor", password: "a long test password" });
  await createUser(db, { email: "rita@example.org", name: "Rita Reviewer", role: "reviewer", password: "a long test password" });
  editor = { id: user.id, email: user.email, name: user.name, role: "editor" };
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

type Breakage = (file: TReviewDocument) => void;

const REFUSED: [string, string, Breakage][] = [
  ["an empty slug", "article.slug", (f) => void (f.article.slug = "")],
  ["a slug with a path, spaces, a query and a fragment", "article.slug", (f) => void (f.article.slug = "x/../x y?z#w")],
  ["an upper-case slug", "article.slug", (f) => void (f.article.slug = "Vitamin-K2")],
  ["a javascript: article URL", "article.sourceUrl", (f) => void (f.article.sourceUrl = "javascript:alert(document.cookie)")],
  ["a data: article URL", "article.sourceUrl", (f) => void (f.article.sourceUrl = "data:text/html,<script>alert(1)</script>")],
  ["a javascript: URL hidden behind spaces and case", "article.sourceUrl", (f) => void (f.article.sourceUrl = " JaVaScRiPt:alert(1)")],
  ["a javascript: source URL", "sources.0.url", (f) => void (f.sources[0]!.url = "javascript:alert(1)")],
  ["a javascript: URL in the source's CSL item", "sources.0.csl.URL", (f) => void (f.sources[0]!.csl.URL = "javascript:alert(1)")],
  ["an invalid createdAt", "article.createdAt", (f) => void (f.article.createdAt = "yesterday")],
  ["an impossible publishedAt", "article.publishedAt", (f) => void (f.article.publishedAt = "2024-02-30T00:00:00Z")],
  ["an invalid claim time", "claims.0.updatedAt", (f) => void (f.claims[0]!.updatedAt = "not a date")],
  ["an invalid rating time", "claims.0.ratings.0.updatedAt", (f) => void (f.claims[0]!.ratings[0]!.updatedAt = "2025-13-01T00:00:00Z")],
  ["an invalid revision time", "revision.createdAt", (f) => void (f.revision.createdAt = "")],
  [
    "two ratings by one reviewer on one claim",
    "claims.0.ratings.1.reviewerEmail",
    (f) => void f.claims[0]!.ratings.push({ ...f.claims[0]!.ratings[0]!, id: `${f.claims[0]!.ratings[0]!.id}-again`, reviewerEmail: "RITA@example.org" }),
  ],
  ["a block past the end of the text", "revision.blocks.1", (f) => void (f.revision.blocks[1]!.end = TEXT.length + 50)],
  ["a block that ends before it starts", "revision.blocks.0", (f) => void (f.revision.blocks[0] = { ...f.revision.blocks[0]!, start: 10, end: 5 })],
  [
    "a block past the end of an earlier revision's text",
    "previousRevisions.0.blocks.0",
    (f) => void (f.previousRevisions = [{ ...f.revision, number: 1, text: "Short.", blocks: [{ kind: "paragraph", start: 0, end: 99, section: "article" }] }], (f.revision.number = 2)),
  ],
  ["a claim version of 2^31", "claims.0.version", (f) => void (f.claims[0]!.version = 2 ** 31)],
  ["a revision number of 2^31", "revision.number", (f) => void (f.revision.number = 2 ** 31)],
  ["a source year of 2^31", "sources.0.year", (f) => void (f.sources[0]!.year = 2 ** 31)],
  ["a DOI that is not one", "sources.0.doi", (f) => void (f.sources[0]!.doi = "not a doi")],
  ["a PMID that is not one", "sources.0.pmid", (f) => void (f.sources[0]!.pmid = "12ab")],
  ["an empty claim id", "claims.0.id", (f) => void (f.claims[0]!.id = "")],
  ["a rating without its reviewer's email (a public export)", "claims.0.ratings.0.reviewerEmail", (f) => void delete f.claims[0]!.ratings[0]!.reviewerEmail],
  ["a claim outside the text", "claims.0.position", (f) => void (f.claims[0]!.position.end = TEXT.length + 1)],
  ["evidence citing a source not in the file", "claims.0.evidence.0.sourceId", (f) => void (f.claims[0]!.evidence[0]!.sourceId = "elsewhere")],
  ["a claim id used twice", "claims.1.id", (f) => void f.claims.push({ ...f.claims[0]!, evidence: [], ratings: [] })],
];

describe("importing a file a security review broke", () => {
  it("imports the intact file (the cases below each break one thing in it)", async () => {
    await expect(importReview(editor, reviewFile("intact"))).resolves.toMatchObject({ slug: "imported-intact", claims: 1, sources: 1 });
  });

  for (const [what, path, breakIt] of REFUSED) {
    it(`refuses ${what} with 4xx at ${path}, and writes nothing`, async () => {
      const file = reviewFile(path.replace(/\W+/g, "-").toLowerCase());
      breakIt(file);
      const before = await tableCounts();
      const error = await importReview(editor, file).then(
        () => new Error("imported"),
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "INVALID_INPUT", status: 422 });
      const fieldErrors = (error as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;
      expect(Object.keys(fieldErrors), (error as Error).message).toContain(path);
      expect((error as Error).message).toContain(path);
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("reuses a source whose DOI and PMID are written differently (upper case, prefixes) under a new slug, storing them in canonical form", async () => {
    const first = reviewFile("doi-first");
    first.sources[0] = { ...first.sources[0]!, doi: "https://doi.org/10.1038/386078A0", pmid: "PMID: 09052783" };
    await importReview(editor, first);
    const stored = await db.source.findUniqueOrThrow({ where: { id: "source-doi-first" } });
    expect(stored).toMatchObject({ doi: "10.1038/386078a0", pmid: "9052783" });

    // The same work again from another file: other ids, the DOI in capitals, the PMID bare.
    const second = reviewFile("doi-second");
    second.sources[0] = { ...second.sources[0]!, doi: "10.1038/386078A0", pmid: "9052783" };
    const before = await db.source.count();
    await expect(importReview(editor, second)).resolves.toMatchObject({ slug: "imported-doi-second" });
    expect(await db.source.count()).toBe(before);
    const evidence = await db.evidence.findUniqueOrThrow({ where: { id: "evidence-doi-second" } });
    expect(evidence.sourceId).toBe("source-doi-first");

    // And by PMID alone.
    const third = reviewFile("pmid-third");
    third.sources[0] = { ...third.sources[0]!, pmid: "pmid 9052783" };
    await importReview(editor, third);
    expect(await db.source.count()).toBe(before);
  });

  it("accepts date-only and offset times, the forms people write by hand", async () => {
    const file = reviewFile("hand-dates");
    file.article.publishedAt = "2019-06-01";
    file.article.createdAt = "2025-03-01T09:00:00+01:00";
    await importReview(editor, file);
    const article = await db.article.findUniqueOrThrow({ where: { slug: "imported-hand-dates" } });
    expect(article.publishedAt?.toISOString()).toBe("2019-06-01T00:00:00.000Z");
    expect(article.createdAt.toISOString()).toBe("2025-03-01T08:00:00.000Z");
  });
});
