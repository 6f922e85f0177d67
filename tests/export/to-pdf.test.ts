import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPdfFonts, splitIntoFontRuns } from "@/domain/export/pdf-fonts";
import { toPdf } from "@/domain/export/to-pdf";
import { EXPORT_OPTIONS, UNICODE_SAMPLES, buildReviewFixture } from "./review-fixture";

/** Needs pdftotext and pdffonts (Debian: poppler-utils). */

const review = buildReviewFixture();
let directory = "";
let pdfPath = "";
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await toPdf(review, EXPORT_OPTIONS);
  directory = mkdtempSync(join(tmpdir(), "claimcheck-pdf-"));
  pdfPath = join(directory, "report.pdf");
  writeFileSync(pdfPath, pdf);
});

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

function pdftotext(): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
}

describe("toPdf", () => {
  it("produces a PDF document", () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(Buffer.from(pdf.subarray(-6)).toString("latin1")).toContain("%%EOF");
  });

  it("renders µg, ≥, −, Greek and Chinese as extractable text", () => {
    const text = pdftotext();
    for (const sample of UNICODE_SAMPLES) expect(text).toContain(sample);
    expect(text).toContain("Take 180 µg of MK-7 daily; levels ≥ 45 µg cut risk by −50%, as αβγ studies in 中文 journals show.");
    expect(text).toContain("综述：αβγ 指标改善，但无临床终点");
    expect(text).toContain("维生素K2与血管钙化");
  });

  it("has the report's parts: title, scorecard, every claim with its verdict, evidence and bibliography", () => {
    const text = pdftotext().replace(/\s+/g, " ");
    expect(text).toContain("Reversing calcification and the miracle of vitamin K2");
    expect(text).toContain("Scorecard");
    expect(text).toContain("40%");
    expect(text).toContain("Claims (7)");
    for (const label of ["Supported", "Mostly supported", "Mixed", "Unsupported", "Contradicted", "Not checkable", "Not yet rated"]) {
      expect(text).toContain(label);
    }
    expect(text).toContain("MGP-knockout mice die within two months from arterial calcification.");
    expect(text).toContain("doi:10.1038/386078a0");
    expect(text).toContain("Bibliography");
    expect(text).toMatch(/Page 1 of \d/);
  });

  it("embeds every font it uses (no built-in WinAnsi font)", () => {
    const fonts = execFileSync("pdffonts", [pdfPath], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
      expect(line).not.toMatch(/Helvetica|Times|Courier/);
    }
    expect(fonts.some((line) => line.includes("NotoSansHans"))).toBe(true);
  });

  it("links the DOI and never turns the javascript: source URL into a link", () => {
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("(https://doi.org/10.1038/386078a0)");
    expect(raw).not.toMatch(/\/URI\s*\(javascript:/i);
  });

  it("writes the same bytes for the same review (dates come from the review)", async () => {
    expect(Buffer.from(await toPdf(review, EXPORT_OPTIONS)).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe("PDF font fallback", () => {
  const fonts = loadPdfFonts();

  it("finds a glyph for every character of the Unicode samples and the fixture's text", () => {
    const text = [...UNICODE_SAMPLES, review.revision.text, review.article.summary, ...review.claims.flatMap((claim) => [claim.restatement, claim.rationale, ...claim.evidence.map((item) => item.finding)])].join(" ");
    for (const run of splitIntoFontRuns(text, "sans", fonts)) {
      // Line breaks are layout, not glyphs: pdfkit breaks the line there.
      for (const character of run.text.replace(/\n/g, "")) {
        expect({ character, covered: fonts[run.font].glyphs.hasGlyphForCodePoint(character.codePointAt(0) ?? 0) }).toEqual({ character, covered: true });
      }
    }
  });

  it("has every printable ASCII character in each Latin font, so ASCII text is one run without look-ups", () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join("");
    for (const name of ["sans", "sans-bold", "sans-italic", "sans-bold-italic"] as const) {
      const missing = [...ascii].filter((character) => character !== " " && !fonts[name].glyphs.hasGlyphForCodePoint(character.codePointAt(0)!));
      expect({ name, missing }).toEqual({ name, missing: [] });
      expect(splitIntoFontRuns(`${ascii}\n${ascii}`, name, fonts)).toEqual([{ font: name, text: `${ascii}\n${ascii}` }]);
    }
  });

  it("keeps Latin in Noto Sans and sends ≥ and Chinese to the CJK font", () => {
    expect(splitIntoFontRuns("µg ≥ 45 中文 αβγ", "sans", fonts)).toEqual([
      { font: "sans", text: "µg " },
      { font: "cjk", text: "≥ " },
      { font: "sans", text: "45 " },
      { font: "cjk", text: "中文 " },
      { font: "sans", text: "αβγ" },
    ]);
  });
});
