import { describe, expect, it } from "vitest";
import { CitationDataError } from "./citation-data-error";
import { fieldsFromCsl } from "./citation-fields";
import { cslFromEutilsSummary } from "./eutils-summary";
import { loadFixture } from "./fixtures/load-fixture";

describe("cslFromEutilsSummary", () => {
  it("maps a PubMed summary: initials as initials, title without its period, DOI from articleids", () => {
    const csl = cslFromEutilsSummary(loadFixture("eutils-esummary-9052783.json"), "9052783");
    expect(csl).toMatchObject({
      type: "article-journal",
      title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
      "container-title": "Nature",
      issued: { "date-parts": [[1997, 3, 6]] },
      volume: "386",
      issue: "6620",
      page: "78-81",
      DOI: "10.1038/386078a0",
      PMID: "9052783",
      URL: "https://pubmed.ncbi.nlm.nih.gov/9052783/",
    });
    expect(csl.author?.[2]).toEqual({ family: "McKee", given: "M. D." });
    expect(fieldsFromCsl(csl)).toMatchObject({ year: 1997, doi: "10.1038/386078a0", pmid: "9052783" });
  });

  it("takes the year only from a year-only pubdate, and the PMCID; accepts a PMID with prefix", () => {
    const csl = cslFromEutilsSummary(loadFixture("eutils-esummary-37252246.json"), "PMID: 37252246");
    expect(csl.issued).toEqual({ "date-parts": [[2023]] });
    expect(csl.PMCID).toBe("PMC10213283");
    expect(csl.DOI).toBe("10.3389/fnut.2023.1115069");
    expect(csl.issue).toBeUndefined();
    expect(csl.author?.map((name) => name.family)).toEqual(["Li", "Wang", "Tu"]);
  });

  // A constructed record (not a real PMID) for the edge cases: collective author, bracketed
  // translated title, season date, Unicode.
  it("keeps collective names whole, unwraps translated titles and keeps Unicode", () => {
    const csl = cslFromEutilsSummary(loadFixture("eutils-esummary-collaborative-translated.json"), "12345678");
    expect(csl.author?.[0]).toEqual({ literal: "Chinese Society of Osteoporosis and Bone Mineral Research" });
    expect(csl.title).toBe("Guideline on vitamin K2 (menaquinone-7) use in adults with ≥ 2 risk factors: 25 µg/d");
    expect(csl.issued).toEqual({ "date-parts": [[2019]] });
    expect(csl.DOI).toBeUndefined();
  });

  it.each([
    ["a document-level error", "eutils-esummary-invalid-uid.json", "99999999", /no record for PMID 99999999/],
    ["a top-level error", "eutils-esummary-error.json", "1", /answered with an error: Invalid uid/],
    ["a summary for another PMID", "eutils-esummary-9052783.json", "123", /no summary for PMID 123/],
  ])("throws CitationDataError for %s", (_name, fixture, pmid, message) => {
    const parse = () => cslFromEutilsSummary(loadFixture(fixture), pmid);
    expect(parse).toThrow(CitationDataError);
    expect(parse).toThrow(message);
  });

  it.each([
    ["not a PMID", { result: {} }, "abc"],
    ["not JSON of the right shape", "oops", "9052783"],
    ["null", null, "9052783"],
  ])("throws CitationDataError for %s", (_name, json, pmid) => {
    expect(() => cslFromEutilsSummary(json, pmid)).toThrow(CitationDataError);
  });
});
