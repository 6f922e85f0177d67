import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFileName, exportReview, isExportFormat } from "@/domain/export";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();

describe("exportReview", () => {
  it("knows the eleven formats of the issue", () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(["markdown", "html", "pdf", "csv", "csv-evidence", "json", "claimreview", "webannotation", "csl-json", "bibtex", "ris"]);
    expect(isExportFormat("pdf")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
    expect(isExportFormat("docx")).toBe(false);
  });

  it.each(EXPORT_FORMAT_NAMES)("serializes %s with its content type and file name", async (format) => {
    const result = await exportReview(review, format, EXPORT_OPTIONS);
    expect(result.contentType).toBe(EXPORT_FORMATS[format].contentType);
    expect(result.fileName).toBe(`claimcheck-vitamin-k2.${EXPORT_FORMATS[format].extension}`);
    if (format === "pdf") {
      expect(result.body).toBeInstanceOf(Uint8Array);
      expect(result.body.length).toBeGreaterThan(10_000);
    } else {
      expect(typeof result.body).toBe("string");
      expect((result.body as string).length).toBeGreaterThan(100);
    }
    if (format === "json" || format === "claimreview" || format === "webannotation" || format === "csl-json") {
      expect(() => JSON.parse(result.body as string) as unknown).not.toThrow();
    }
  });

  it("makes a safe file name from any slug", () => {
    const odd = { ...review, article: { ...review.article, slug: "../../etc/pässwd \"x\"" } };
    expect(exportFileName(odd, "csv")).toBe("claimcheck-etc-p-sswd-x.csv");
    expect(exportFileName({ ...review, article: { ...review.article, slug: "///" } }, "pdf")).toBe("claimcheck-review.pdf");
  });

  it("exports an article without claims or sources in every format", async () => {
    const empty = { ...review, claims: [], sources: [], article: { ...review.article, summary: "" } };
    for (const format of EXPORT_FORMAT_NAMES) {
      const result = await exportReview(empty, format, EXPORT_OPTIONS);
      // An empty bibliography is an empty BibTeX or RIS file; every other format still has its frame.
      if (format !== "bibtex" && format !== "ris") expect({ format, length: result.body.length > 0 }).toEqual({ format, length: true });
    }
  });
});
