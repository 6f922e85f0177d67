import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NUMBERED_CITATIONS_FROM_EVIDENCE_ITEMS, citesSourcesByNumber, referenceNumbers, shortCitation } from "@/domain/export/numbered-references";
import { sourcesInBibliographyOrder } from "@/domain/export/source-citation";
import { toPdf } from "@/domain/export/to-pdf";
import type { TReviewDocument, TSourceRecord } from "@/domain/schemas/review";
import { EXPORT_OPTIONS, SOURCES, buildReviewFixture } from "./review-fixture";

/** Needs pdftotext, pdftohtml and pdfinfo (Debian: poppler-utils). */

/** The fixture's 7 claims (7 evidence items) repeated 6 times: 42 claims, 42 evidence items, a long report. */
function longReview(): TReviewDocument {
  const review = buildReviewFixture();
  const claims = Array.from({ length: 6 }, (_, copy) =>
    review.claims.map((claim) => ({
      ...structuredClone(claim),
      id: `${claim.id}-${copy}`,
      evidence: claim.evidence.map((item) => ({ ...structuredClone(item), id: `${item.id}-${copy}`, claimId: `${claim.id}-${copy}` })),
    })),
  ).flat();
  return { ...review, claims };
}

const source = (id: string): TSourceRecord => SOURCES.find((candidate) => candidate.id === id)!;

describe("when a report cites by number", () => {
  it("from 40 evidence items on; the 7 of the fixture print full references", () => {
    expect(NUMBERED_CITATIONS_FROM_EVIDENCE_ITEMS).toBe(40);
    expect(citesSourcesByNumber(buildReviewFixture())).toBe(false);
    expect(citesSourcesByNumber(longReview())).toBe(true);
    const claim = longReview().claims.find((candidate) => candidate.evidence.length === 1)!;
    const withItems = (count: number) => ({ claims: [{ ...claim, evidence: Array.from({ length: count }, () => claim.evidence[0]!) }] });
    expect(citesSourcesByNumber(withItems(39))).toBe(false);
    expect(citesSourcesByNumber(withItems(40))).toBe(true);
  });

  it("numbers sources in bibliography order, from 1", () => {
    const numbers = referenceNumbers(sourcesInBibliographyOrder(SOURCES));
    expect([...numbers.values()].sort()).toEqual([1, 2, 3, 4, 5]);
    // APA order: Ducy (1996) before Luo (1997), "Office…" after both.
    expect(numbers.get("src-ducy-1996")! < numbers.get("src-luo-1997")!).toBe(true);
    expect(numbers.get("src-luo-1997")! < numbers.get("src-ods")!).toBe(true);
  });

  it("names the source by author and year as APA cites in the text", () => {
    expect(shortCitation(source("src-luo-1997"))).toBe("Luo et al. (1997)");
    expect(shortCitation(source("src-ducy-1996"))).toBe("Ducy (1996)");
    expect(shortCitation(source("src-ods"))).toBe("Office of Dietary Supplements (2021)");
    expect(shortCitation(source("src-hostile"))).toBe("Promo Team (n.d.)");
    expect(shortCitation(source("src-zh"))).toBe("王 (2020)");
    const two = { ...source("src-luo-1997"), csl: { ...source("src-luo-1997").csl, author: [{ family: "Luo" }, { family: "Ducy" }] } };
    expect(shortCitation(two)).toBe("Luo & Ducy (1997)");
    const anonymous = { ...source("src-ducy-1996"), authors: [], year: null, csl: { type: "webpage", title: "x" }, title: "Vitamin K and vascular calcification in older adults: a review" };
    expect(shortCitation(anonymous)).toBe("Vitamin K and vascular calcification in… (n.d.)");
    expect(shortCitation({ ...anonymous, title: "Vitamin K fact sheet", csl: { type: "webpage", issued: { "date-parts": [[2022, 5]] } } })).toBe("Vitamin K fact sheet (2022)");
  });
});

describe("the PDF of a long review", () => {
  const review = longReview();
  const numbers = referenceNumbers(sourcesInBibliographyOrder(review.sources));
  let directory = "";
  let pdfPath = "";
  let raw = "";
  let text = "";

  beforeAll(async () => {
    const pdf = await toPdf(review, EXPORT_OPTIONS);
    directory = mkdtempSync(join(tmpdir(), "claimcheck-pdf-numbered-"));
    pdfPath = join(directory, "report.pdf");
    writeFileSync(pdfPath, pdf);
    raw = Buffer.from(pdf).toString("latin1");
    text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  });

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  const [claimsPart, bibliographyPart] = [() => text.split("Bibliography")[0]!, () => text.split("Bibliography").slice(1).join("Bibliography")];

  it("says how evidence cites its sources, and cites each by author, year and number", () => {
    expect(claimsPart()).toContain("Evidence names its source by author, year and number; the numbered bibliography at the end gives each reference in full, with its links.");
    const luo = numbers.get("src-luo-1997")!;
    // Two evidence items cite Luo in each of the 6 copies.
    expect(claimsPart().split(`Supports · Animal study · Luo et al. (1997) [${luo}]`).length - 1).toBe(12);
    expect(claimsPart()).toContain(`Office of Dietary Supplements (2021) [${numbers.get("src-ods")}]`);
    expect(claimsPart()).toContain(`王 (2020) [${numbers.get("src-zh")}]`);
  });

  it("prints each full reference and each source link once, in the numbered bibliography", () => {
    const title = "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein";
    expect(text.split(title).length - 1).toBe(1);
    expect(bibliographyPart()).toContain(`${numbers.get("src-luo-1997")}. Luo, G., Ducy, P., & McKee, M. D. (1997). ${title}`);
    expect(text.match(/doi:10\.1038\/386078a0/g)).toHaveLength(1);
    expect(bibliographyPart()).toContain("doi:10.1038/386078a0");
  });

  it("links each citation to its bibliography entry, on the entry's page", () => {
    // One link per citation; a citation in two fonts ("王 (2020) [5]": Chinese and Latin) is two links to the same entry.
    const citationLinks = [...raw.matchAll(/\/Dest \(reference-(\d+)\)/g)].map((match) => Number(match[1]));
    expect(citationLinks.filter((number) => number === numbers.get("src-luo-1997"))).toHaveLength(12);
    expect(citationLinks.filter((number) => number === numbers.get("src-ods"))).toHaveLength(12);
    expect(new Set(citationLinks)).toEqual(new Set(review.claims.flatMap((claim) => claim.evidence.map((item) => numbers.get(item.sourceId)!))));
    const destinations = execFileSync("pdfinfo", ["-dests", pdfPath], { encoding: "utf8" });
    for (const [id, number] of numbers) {
      const page = Number(new RegExp(`^\\s*(\\d+) .*"reference-${number}"`, "m").exec(destinations)?.[1]);
      const pageText = execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(page), "-l", String(page), pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect({ id, number, onItsPage: pageText.includes(`${number}. `) && pageText.includes("Bibliography") }).toEqual({ id, number, onItsPage: true });
    }
  });

  it("keeps the stance in bold and the finding in italics", () => {
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-q", "-stdout", pdfPath], { encoding: "utf8" });
    expect(xml).toMatch(/<b>Supports · Animal study · <\/b>/);
    expect(xml).toContain("<i>“MGP-null mice calcify their arteries.” (Fig. 2)</i>");
  });
});
