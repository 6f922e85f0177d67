import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZSourceFieldsInput } from "@/domain/schemas/inputs";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * A pasted BibTeX or RIS entry's volume, issue, pages and publisher reach the stored source
 * (through the fields the evidence form shows and sends) and every export that prints a
 * reference: the path the issue found losing them.
 */
let url: string;
let db: typeof import("../../server/db").db;
let reviewer: Actor;

const BIBTEX = `@article{Luo1997,
  author = {Luo, G. and Ducy, P. and McKee, M. D.},
  title = {Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein},
  journal = {Nature},
  volume = {386},
  number = {6620},
  pages = {78--81},
  year = {1997},
  publisher = {Nature Publishing Group},
  doi = {10.1038/386078a0}
}`;

const RIS = `TY  - JOUR
AU  - Schurgers, L. J.
TI  - Vitamin K-containing dietary supplements: comparison of synthetic vitamin K1 and natto-derived menaquinone-7
T2  - Blood
VL  - 109
IS  - 8
SP  - 3279
EP  - 3283
PY  - 2007
PB  - American Society of Hematology
DO  - 10.1182/blood-2006-08-040709
ER  - `;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("source-fields");
  ({ db } = await import("../../server/db"));
  const { createUser } = await import("../../prisma/factories");
  const user = await createUser(db, { email: "reviewer@test.example", name: "Rita Reviewer", role: "reviewer", password: "a long test password" });
  reviewer = { id: user.id, email: user.email, name: user.name, role: "reviewer" };
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("volume, issue, pages and publisher from a pasted entry to every export", () => {
  it.each([
    ["BibTeX", BIBTEX, { volume: "386", issue: "6620", pages: "78-81", publisher: "Nature Publishing Group" }, "Nature, 386(6620), 78–81"],
    ["RIS", RIS, { volume: "109", issue: "8", pages: "3279-3283", publisher: "American Society of Hematology" }, "Blood, 109(8), 3279–3283"],
  ])("%s", async (_format, pasted, expected, apaPart) => {
    const { resolveCitation } = await import("../../server/citations/resolve-citation");
    const { createArticle } = await import("../../server/data/articles/create-article");
    const { createClaim } = await import("../../server/data/claims/create-claim");
    const { addEvidence } = await import("../../server/data/evidence/add-evidence");
    const { getReviewDocument } = await import("../../server/data/articles/get-review-document");
    const { exportReview } = await import("@/domain/export");

    const resolved = await resolveCitation(pasted, { online: false });
    expect(resolved.fields).toMatchObject(expected);

    // What the evidence form sends back: the fields as shown, through the route's schema.
    const sent = ZSourceFieldsInput.parse({ ...resolved.fields, year: resolved.fields.year });
    const article = await createArticle(reviewer, { title: `Round trip ${_format}`, author: null, format: "text", content: "Vitamin K2 reverses calcification in every artery." });
    const claim = await createClaim(reviewer, article.slug, { start: 0, end: 20, restatement: "", checkable: true, tags: [] });
    await addEvidence(reviewer, claim.id, { source: sent, finding: "A finding.", locator: null, stance: "contradicts", studyDesign: "animal", note: null });

    const review = await getReviewDocument(reviewer, article.slug);
    expect(review.sources[0]!.csl).toMatchObject({ volume: expected.volume, issue: expected.issue, page: expected.pages, publisher: expected.publisher });
    const options = { baseUrl: "https://claimcheck.example" };
    const body = async (format: Parameters<typeof exportReview>[1]) => String((await exportReview(review, format, options)).body);
    for (const format of ["markdown", "html", "csv-evidence"] as const) expect(await body(format), format).toContain(apaPart);
    const bibtex = await body("bibtex");
    expect(bibtex).toContain(`volume = {${expected.volume}}`);
    expect(bibtex).toContain(`number = {${expected.issue}}`);
    expect(bibtex).toContain(`pages = {${expected.pages.replace("-", "--")}}`);
    expect(bibtex).toContain(`publisher = {${expected.publisher}}`);
    const ris = await body("ris");
    expect(ris).toContain(`VL  - ${expected.volume}`);
    expect(ris).toContain(`IS  - ${expected.issue}`);
    expect(ris).toContain(`SP  - ${expected.pages.split("-")[0]}`);
    expect(ris).toContain(`EP  - ${expected.pages.split("-")[1]}`);
    expect(ris).toContain(`PB  - ${expected.publisher}`);
    const csl = JSON.parse(await body("csl-json")) as Record<string, unknown>[];
    expect(csl[0]).toMatchObject({ volume: expected.volume, issue: expected.issue, page: expected.pages, publisher: expected.publisher });
    const json = JSON.parse(await body("json")) as { sources: { csl: Record<string, unknown> }[] };
    expect(json.sources[0]!.csl).toMatchObject({ volume: expected.volume, publisher: expected.publisher });
  });
});
