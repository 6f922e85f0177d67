import { describe, expect, it } from "vitest";
import { formatAuthorName, parseAuthorName } from "./author-names";
import { cslFromFields, fieldsFromCsl } from "./citation-fields";

describe("parseAuthorName", () => {
  it.each([
    ["Family, Given", "Luo, Guangbin", { family: "Luo", given: "Guangbin" }],
    ["Given Family", "Marc D. McKee", { given: "Marc D.", family: "McKee" }],
    ["particles stay with the family name", "Ludwig van der Berg", { given: "Ludwig", family: "van der Berg" }],
    ["suffix-free family only", "Vermeer,", { family: "Vermeer" }],
    ["one word is a literal", "Hippocrates", { literal: "Hippocrates" }],
    ["organisation is a literal", "World Health Organization", { literal: "World Health Organization" }],
    ["collaborators group is a literal", "GBD 2021 Osteoarthritis Collaborators", { literal: "GBD 2021 Osteoarthritis Collaborators" }],
    ["CJK name without a space is a literal", "王小明", { literal: "王小明" }],
    ["extra whitespace", "  Schurgers ,  Leon J. ", { family: "Schurgers", given: "Leon J." }],
    ["blank", "   ", null],
  ])("%s", (_name, input, expected) => {
    expect(parseAuthorName(input)).toEqual(expected);
  });
});

describe("formatAuthorName", () => {
  it.each([
    [{ family: "Luo", given: "Guangbin" }, "Luo, Guangbin"],
    [{ family: "Berg", given: "Jan", "non-dropping-particle": "van der" }, "van der Berg, Jan"],
    [{ family: "Scales", given: "Charles D.", suffix: "Jr" }, "Scales, Charles D., Jr"],
    [{ literal: "World Health Organization" }, "World Health Organization"],
    [{ family: "Ducy" }, "Ducy"],
  ])("%j → %s", (name, expected) => {
    expect(formatAuthorName(name)).toBe(expected);
  });
});

describe("cslFromFields", () => {
  it("builds a journal article from form fields, normalizing identifiers", () => {
    expect(
      cslFromFields({
        title: " Dietary intake of menaquinone is associated with a reduced risk of coronary heart disease ",
        authors: ["Geleijnse, Johanna M.", "Cees Vermeer"],
        container: "The Journal of Nutrition",
        year: 2004,
        doi: "https://doi.org/10.1093/JN/134.11.3100",
        pmid: "PMID: 15514282",
        url: null,
      }),
    ).toEqual({
      type: "article-journal",
      title: "Dietary intake of menaquinone is associated with a reduced risk of coronary heart disease",
      author: [
        { family: "Geleijnse", given: "Johanna M." },
        { given: "Cees", family: "Vermeer" },
      ],
      "container-title": "The Journal of Nutrition",
      issued: { "date-parts": [[2004]] },
      DOI: "10.1093/jn/134.11.3100",
      PMID: "15514282",
    });
  });

  it.each([
    ["a URL alone is a web page", { title: "CVD fact sheet", url: "https://www.who.int/x" }, "webpage"],
    ["a URL with a container is an article", { title: "T", url: "https://x.org", container: "Blog" }, "article-journal"],
    ["an explicit type wins", { title: "T", type: "report" }, "report"],
    ["nothing at all", {}, "article-journal"],
  ])("type: %s", (_name, fields, type) => {
    expect(cslFromFields(fields).type).toBe(type);
  });

  it("leaves out invalid identifiers and blank values instead of storing them", () => {
    expect(cslFromFields({ title: "  ", authors: ["", " "], container: "", doi: "nope", pmid: "12x", url: "javascript:alert(1)", year: null })).toEqual({
      type: "article-journal",
    });
  });

  it("round-trips through fieldsFromCsl", () => {
    const fields = { title: "µg ≥ 5: α-β 维生素K2", authors: ["Luo, G.", "World Health Organization"], container: "Nature", year: 1997, doi: "10.1038/386078a0", pmid: "9052783", url: "https://example.org/a", volume: "386", issue: "6620", pages: "78-81", publisher: "Nature Publishing Group" };
    expect(fieldsFromCsl(cslFromFields(fields))).toEqual(fields);
  });

  it("reads a plain-text title from CSL markup", () => {
    expect(fieldsFromCsl({ type: "article", title: "MK-7 and <i>in vitro</i> calcification" }).title).toBe("MK-7 and in vitro calcification");
  });
});
