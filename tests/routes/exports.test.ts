import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from "../../domain/export";
import { DEMO_SLUG } from "../../prisma/demo-review";
import { parseCsv } from "../export/csv-reader";
import { W3cAnnotationValidator, withContext } from "../export/w3c-annotation-validator";
import { callRoute, startRouteServer, type RouteServer } from "./support/route-server";
import { addEvidence, createArticle, createClaim, rateClaim, setStatus, stamp } from "./support/review-builder";

/** GET /api/articles/<slug>/export: every format, who may download what, and what the files hold (moved from e2e/export/exports.spec.ts). */

let server: RouteServer;
beforeAll(async () => {
  server = await startRouteServer("exports");
});
afterAll(() => server?.close());

const exportUrl = (slug: string, format: string) => `/api/articles/${slug}/export?format=${format}`;

it("every format of the published demo review downloads for anyone, with its content type and a file name", async () => {
  const anonymous = await server.as("anonymous");
  for (const format of EXPORT_FORMAT_NAMES) {
    const response = await callRoute(anonymous, "GET", exportUrl(DEMO_SLUG, format));
    expect(response.status, format).toBe(200);
    expect(response.headers.get("content-type"), format).toBe(EXPORT_FORMATS[format].contentType);
    expect(response.headers.get("content-disposition"), format).toMatch(new RegExp(`^attachment; filename="claimcheck-${DEMO_SLUG}\\.${EXPORT_FORMATS[format].extension.replace(".", "\\.")}"`));
    expect((await response.arrayBuffer()).byteLength, format).toBeGreaterThan(100);
  }
});

it("an unknown or missing format is refused with the list of formats", async () => {
  const anonymous = await server.as("anonymous");
  for (const url of [exportUrl(DEMO_SLUG, "docx"), `/api/articles/${DEMO_SLUG}/export`]) {
    const response = await callRoute(anonymous, "GET", url);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { details: { fieldErrors: { format: string[] } } } };
    expect(body.error.details.fieldErrors.format.join(" ")).toContain(EXPORT_FORMAT_NAMES.join(", "));
  }
});

it("a draft exports only for its editors and reviewers; others get not found", async () => {
  const reviewer = await server.as("reviewer");
  const slug = await createArticle(reviewer, { title: `Draft export ${stamp()}`, text: "Coffee doubles memory in a week.\n\nSome say so." });
  for (const role of ["anonymous", "reader"] as const) {
    expect((await callRoute(await server.as(role), "GET", exportUrl(slug, "json"))).status, role).toBe(404);
  }
  expect((await callRoute(reviewer, "GET", exportUrl(slug, "markdown"))).status).toBe(200);
  expect((await callRoute(await server.as("editor"), "GET", exportUrl(slug, "csv"))).status).toBe(200);
});

it("the PDF route renders any Unicode in the article and evidence (µg, ≥, −, Greek, CJK)", async () => {
  const editor = await server.as("editor");
  const claimText = "Adults need ≥ 90 µg of vitamin K2 a day, and the change was −3 % for αβγ-carboxylase in 中文 studies.";
  const slug = await createArticle(editor, { title: `Unicode report ${stamp()}`, text: `${claimText}\n\nA closing line.` });
  const claim = await createClaim(editor, slug, claimText, "K2 needs are ≥ 90 µg (Δ −3 %).");
  await rateClaim(editor, claim.id, "mixed", "Greek αβγ and 日本語 in the rationale.");
  await addEvidence(editor, claim.id, "Intake of 中文 cohort: ≥ 45 µg/day, risk −20 %.", { title: `Cohort ${stamp()}`, url: `https://example.org/${stamp()}` });

  const response = await callRoute(editor, "GET", exportUrl(slug, "pdf"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const file = join(mkdtempSync(join(tmpdir(), "claimcheck-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  for (const sample of ["µg", "≥", "−", "αβγ", "中文"]) expect(text, sample).toContain(sample);
});

it("CSV exports neutralise cells that would start a formula and parse as RFC 4180", async () => {
  const editor = await server.as("editor");
  const slug = await createArticle(editor, { title: `Formula ${stamp()}`, text: "Sugar causes hyperactivity in all children.\n\nThe end." });
  const claim = await createClaim(editor, slug, "Sugar causes hyperactivity in all children.", '=HYPERLINK("http://evil.example","click")');
  await rateClaim(editor, claim.id, "contradicted", "+SUM(A1:A9)");
  await addEvidence(editor, claim.id, "@cmd|' /C calc'!A0", { title: "-2+3 and more", url: `https://example.org/${stamp()}` });

  for (const format of ["csv", "csv-evidence"]) {
    const response = await callRoute(editor, "GET", exportUrl(slug, format));
    expect(response.status).toBe(200);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    expect(rows.length, format).toBeGreaterThanOrEqual(2);
    const cells = rows.slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)), format).toEqual([]);
    expect(cells.join("\n"), format).toMatch(/HYPERLINK|cmd\|/);
  }
});

it("the served webannotation export passes the W3C assertions for the collection, its page and each annotation", async () => {
  const validator = new W3cAnnotationValidator();
  const response = await callRoute(await server.as("anonymous"), "GET", exportUrl(DEMO_SLUG, "webannotation"));
  expect(response.status).toBe(200);
  const collection = (await response.json()) as { "@context": string; first: { items: object[] } };
  expect(validator.failures("collections/collectionMusts.test", collection)).toEqual([]);
  expect(validator.failures("collections/pages/pageMusts.test", withContext(collection["@context"], collection.first))).toEqual([]);
  expect(collection.first.items.length).toBeGreaterThan(10);
  for (const item of collection.first.items) {
    expect(validator.failures("annotations/annotationMusts.test", withContext(collection["@context"], item))).toEqual([]);
  }
});

it("published and then unpublished: the export follows the status", async () => {
  const editor = await server.as("editor");
  const slug = await createArticle(editor, { title: `Status export ${stamp()}`, text: "Water boils at 90 degrees at sea level.\n\nEnd." });
  const anonymous = await server.as("anonymous");
  expect((await callRoute(anonymous, "GET", exportUrl(slug, "claimreview"))).status).toBe(404);
  await setStatus(editor, slug, "in_review");
  await setStatus(editor, slug, "published");
  expect((await callRoute(anonymous, "GET", exportUrl(slug, "claimreview"))).status).toBe(200);
  await setStatus(editor, slug, "in_review");
  expect((await callRoute(anonymous, "GET", exportUrl(slug, "claimreview"))).status).toBe(404);
});
