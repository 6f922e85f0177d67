/**
 * Every export format of the seeded demo review, as the golden files hold them. The demo is
 * seeded into a fresh SQLite file and read back the way the export route reads it; the ids the
 * database made up (sources, evidence, ratings, users) and every timestamp are then replaced
 * by stable ones, so that a golden file changes only when an export's content does.
 * The PDF is compared as its text layer (pdftotext -layout), which holds everything a reader
 * reads, followed by its bold and italic stretches in page order (pdftohtml's <b> and <i>), which
 * the text layer does not show.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportReview, type ExportFormat } from "../../../domain/export";
import type { TReviewDocument } from "../../../domain/schemas/review";

export const GOLDEN_DIRECTORY = new URL("./", import.meta.url);
export const GOLDEN_BASE_URL = "https://claimcheck.example";
const FIXED_TIME = "2026-01-02T03:04:05.000Z";

export function goldenFileName(format: ExportFormat): string {
  return `demo-review.${EXPORT_FORMATS[format].extension}${format === "pdf" ? ".txt" : ""}`;
}

/** Seeds the demo into `databaseUrl` (a fresh, migrated SQLite file) and reads the review document back. */
export async function loadDemoReview(): Promise<TReviewDocument> {
  const { db } = await import("../../../server/db");
  const { seedDemo } = await import("../../../prisma/seed");
  const { DEMO_SLUG } = await import("../../../prisma/demo-review");
  const { getReviewDocument } = await import("../../../server/data/articles/get-review-document");
  await seedDemo(db);
  const editor = await db.user.findFirstOrThrow({ where: { role: "editor" } });
  return getReviewDocument({ id: editor.id, email: editor.email, name: editor.name, role: "editor" }, DEMO_SLUG);
}

/**
 * Stable ids in document order (sources by title), fixed timestamps. The seed writes a claim's
 * ratings within the same millisecond, so the database may return them in either order: they
 * are put in reviewer order here.
 */
export function stabilize(loaded: TReviewDocument): TReviewDocument {
  const review: TReviewDocument = {
    ...loaded,
    claims: loaded.claims.map((claim) => ({ ...claim, ratings: [...claim.ratings].sort((a, b) => a.reviewerName.localeCompare(b.reviewerName)) })),
  };
  const renames = new Map<string, string>();
  [...review.sources].sort((a, b) => a.title.localeCompare(b.title)).forEach((source, index) => renames.set(source.id, `source-${index + 1}`));
  let evidence = 0;
  let rating = 0;
  for (const claim of review.claims) {
    for (const item of claim.evidence) renames.set(item.id, `evidence-${++evidence}`);
    for (const item of claim.ratings) renames.set(item.id, `rating-${++rating}`);
  }
  const json = JSON.stringify(review, (key, value: unknown) => {
    if (typeof value === "string" && renames.has(value)) return renames.get(value);
    if ((key === "createdAt" || key === "updatedAt" || key === "exportedAt") && typeof value === "string") return FIXED_TIME;
    return value;
  });
  const stable = JSON.parse(json) as TReviewDocument;
  stable.sources.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  return stable;
}

function pdfText(pdf: Uint8Array): string {
  const directory = mkdtempSync(join(tmpdir(), "claimcheck-golden-"));
  try {
    const path = join(directory, "report.pdf");
    writeFileSync(path, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"], { encoding: "utf8" });
    return `${text}\n==== bold and italic text (pdftohtml) ====\n${styledStretches(path).join("\n")}\n`;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Each stretch of text pdftohtml finds in a bold or italic font, with its <b> and <i>, links left out. */
function styledStretches(path: string): string[] {
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-q", "-stdout", path], { encoding: "utf8" });
  return [...xml.matchAll(/<text [^>]*>(.*)<\/text>/g)]
    .map((match) => match[1]!.replace(/<\/?a\b[^>]*>/g, ""))
    .filter((inner) => /<[bi]>/.test(inner));
}

export async function renderGoldenExports(review: TReviewDocument): Promise<Map<ExportFormat, string>> {
  const outputs = new Map<ExportFormat, string>();
  for (const format of EXPORT_FORMAT_NAMES) {
    const { body } = await exportReview(review, format, { baseUrl: GOLDEN_BASE_URL });
    outputs.set(format, typeof body === "string" ? body : pdfText(body));
  }
  return outputs;
}
