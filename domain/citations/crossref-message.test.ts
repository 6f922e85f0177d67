import { describe, expect, it } from "vitest";
import { CitationDataError } from "./citation-data-error";
import { fieldsFromCsl } from "./citation-fields";
import { cslFromCrossrefMessage } from "./crossref-message";
import { loadFixture } from "./fixtures/load-fixture";

describe("cslFromCrossrefMessage", () => {
  it("maps a journal article (whole /works response)", () => {
    const csl = cslFromCrossrefMessage(loadFixture("crossref-work-luo-1997.json"));
    expect(csl).toMatchObject({
      type: "article-journal",
      title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
      "container-title": "Nature",
      issued: { "date-parts": [[1997, 3]] },
      volume: "386",
      issue: "6620",
      page: "78-81",
      DOI: "10.1038/386078a0",
      URL: "https://doi.org/10.1038/386078a0",
      ISSN: "0028-0836",
    });
    expect(csl.author).toHaveLength(7);
    expect(csl.author?.[2]).toEqual({ family: "McKee", given: "Marc D." });
  });

  it("maps a bare message: group author as literal, HTML entity decoded, DOI case kept", () => {
    const csl = cslFromCrossrefMessage(loadFixture("crossref-work-gbd-2023.json"));
    const fields = fieldsFromCsl(csl);
    expect(csl.author?.[0]).toEqual({ literal: "GBD 2021 Osteoarthritis Collaborators" });
    expect(csl.title).toContain("1990–2020 and projections to 2050");
    expect(csl.DOI).toBe("10.1016/S2665-9913(23)00163-7");
    expect(csl.page).toBe("e508-e522");
    expect(fields).toMatchObject({ year: 2023, doi: "10.1016/s2665-9913(23)00163-7", container: "The Lancet Rheumatology" });
    expect(csl).not.toHaveProperty("abstract");
  });

  it("maps a preprint: posted date when issued is empty, markup kept in CSL but not in fields", () => {
    const csl = cslFromCrossrefMessage(loadFixture("crossref-work-posted-content.json"));
    expect(csl.type).toBe("article");
    expect(csl.issued).toEqual({ "date-parts": [[2020, 1, 3]] });
    expect(csl.title).toBe("Menaquinone-7 and <i>in vitro</i> calcification: a preprint");
    expect(fieldsFromCsl(csl).title).toBe("Menaquinone-7 and in vitro calcification: a preprint");
  });

  it.each([
    ["book chapter", "book-chapter", "chapter"],
    ["conference paper", "proceedings-article", "paper-conference"],
    ["dataset", "dataset", "dataset"],
    ["unknown type", "grant", "document"],
  ])("maps the Crossref type of a %s", (_name, crossrefType, cslType) => {
    expect(cslFromCrossrefMessage({ DOI: "10.1000/x", type: crossrefType, title: ["T"] }).type).toBe(cslType);
  });

  it.each([
    ["null", null],
    ["an error response", { status: "error", "message-type": "validation-failure", message: [{ type: "x" }] }],
    ["a message without a DOI", { title: ["T"] }],
    ["an invalid DOI", { DOI: "not-a-doi" }],
    ["a string", "Resource not found."],
  ])("throws CitationDataError for %s", (_name, json) => {
    expect(() => cslFromCrossrefMessage(json)).toThrow(CitationDataError);
  });
});
