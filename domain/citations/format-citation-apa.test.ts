import { describe, expect, it } from "vitest";
import type { TCslItem } from "../schemas/review";
import { formatCitationApa } from "./format-citation-apa";

const LUO: TCslItem = {
  id: "luo1997",
  type: "article-journal",
  title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
  author: [
    { family: "Luo", given: "Guangbin" },
    { family: "Ducy", given: "Patricia" },
    { family: "McKee", given: "Marc D." },
  ],
  "container-title": "Nature",
  issued: { "date-parts": [[1997, 3]] },
  volume: "386",
  issue: "6620",
  page: "78-81",
  DOI: "10.1038/386078a0",
};

describe("formatCitationApa", () => {
  it("formats a journal article in APA 7", () => {
    expect(formatCitationApa(LUO)).toBe(
      "Luo, G., Ducy, P., & McKee, M. D. (1997). Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein. Nature, 386(6620), 78–81. https://doi.org/10.1038/386078a0",
    );
  });

  it("formats a web page by an organisation", () => {
    const who: TCslItem = {
      type: "webpage",
      title: "Cardiovascular diseases (CVDs)",
      author: [{ literal: "World Health Organization" }],
      issued: { "date-parts": [[2021, 6, 11]] },
      URL: "https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)",
    };
    expect(formatCitationApa(who)).toBe(
      "World Health Organization. (2021, June 11). Cardiovascular diseases (CVDs). https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)",
    );
  });

  it("keeps µ, ≥, −, Greek and CJK", () => {
    const text = formatCitationApa({ type: "article-journal", title: "180 µg/d MK-7 for ≥ 3 years, −17 AU: α, β, γ 维生素K2の研究", author: [{ family: "王", given: "小明" }], issued: { "date-parts": [[2020]] } });
    expect(text).toContain("180 µg/d MK-7 for ≥ 3 years, −17 AU: α, β, γ 维生素K2の研究");
    expect(text).toContain("王");
  });

  it.each<[string, TCslItem, string]>([
    ["identifier only", { type: "article-journal", DOI: "10.1038/386078a0" }, "https://doi.org/10.1038/386078a0"],
    ["title only", { type: "article-journal", title: "A title" }, "A title"],
    ["no id, no date", { type: "book", title: "Vitamin K2", author: [{ literal: "Anonymous" }] }, "n.d."],
    ["unknown CSL type", { type: "not-a-csl-type", title: "Odd" }, "Odd"],
    ["date with a season string", { type: "article-journal", title: "Seasonal", issued: { "date-parts": [[2019, "21"]] } }, "Seasonal"],
  ])("does not throw on a sparse record: %s", (_name, csl, expected) => {
    expect(formatCitationApa(csl)).toContain(expected);
  });

  it("gives an empty string for a record that names no work", () => {
    expect(formatCitationApa({ type: "article-journal" })).toBe("");
  });
});
