import { describe, expect, it } from "vitest";
import { parseCitationOffline } from "./parse-citation-offline";

const LUO_BIBTEX = `@article{luo1997,
  author = {Luo, Guangbin and Ducy, Patricia and McKee, Marc D. and Karsenty, G{\\'e}rard},
  title = {Spontaneous calcification of arteries and cartilage in mice lacking matrix {GLA} protein},
  journal = {Nature},
  year = {1997},
  volume = {386},
  number = {6620},
  pages = {78--81},
  doi = {10.1038/386078a0}
}`;

const KNAPEN_RIS = `TY  - JOUR
AU  - Knapen, M. H. J.
AU  - Braam, L. A. J. L. M.
AU  - Drummen, N. E.
TI  - Menaquinone-7 supplementation improves arterial stiffness in healthy postmenopausal women: a double-blind randomised clinical trial
JO  - Thrombosis and Haemostasis
PY  - 2015
VL  - 113
IS  - 5
SP  - 1135
EP  - 1144
DO  - 10.1160/TH14-08-0675
ER  - `;

describe("parseCitationOffline: what it reads", () => {
  it("reads a BibTeX entry, decoding LaTeX accents", () => {
    const result = parseCitationOffline(LUO_BIBTEX);
    expect(result).toMatchObject({
      ok: true,
      kind: "bibtex",
      fields: {
        title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
        authors: ["Luo, Guangbin", "Ducy, Patricia", "McKee, Marc D.", "Karsenty, Gérard"],
        container: "Nature",
        year: 1997,
        doi: "10.1038/386078a0",
        pmid: null,
        url: null,
      },
    });
    expect(result.ok && result.csl).toMatchObject({ type: "article-journal", volume: "386", issue: "6620", page: "78-81", id: "luo1997" });
    expect(result.ok && "_graph" in result.csl).toBe(false);
  });

  it("reads an RIS record and leaves no random temporary id", () => {
    const result = parseCitationOffline(KNAPEN_RIS);
    expect(result).toMatchObject({
      ok: true,
      kind: "ris",
      fields: { authors: ["Knapen, M. H. J.", "Braam, L. A. J. L. M.", "Drummen, N. E."], container: "Thrombosis and Haemostasis", year: 2015, doi: "10.1160/th14-08-0675" },
    });
    expect(result.ok && result.csl.id).toBeUndefined();
    expect(result.ok && result.csl.page).toBe("1135-1144");
  });

  it("reads RIS whose tag spacing was collapsed by copy and paste", () => {
    const collapsed = KNAPEN_RIS.replace(/ {2}- /g, " - ");
    expect(parseCitationOffline(collapsed)).toMatchObject({ ok: true, kind: "ris", fields: { year: 2015 } });
  });

  it("keeps Unicode in BibTeX and RIS", () => {
    const bibtex = parseCitationOffline("@article{k, author={王, 小明}, title={MK-7 at 180 µg/d, ≥ 3 years: α and β 维生素K2}, year={2020}}");
    const ris = parseCitationOffline("TY  - JOUR\nAU  - Παπαδόπουλος, Γιώργος\nTI  - µg ≥ 维生素K2\nER  - ");
    expect(bibtex).toMatchObject({ ok: true, fields: { title: "MK-7 at 180 µg/d, ≥ 3 years: α and β 维生素K2", authors: ["王, 小明"] } });
    expect(ris).toMatchObject({ ok: true, fields: { title: "µg ≥ 维生素K2", authors: ["Παπαδόπουλος, Γιώργος"] } });
  });

  it.each([
    ["DOI URL", "https://doi.org/10.1038/386078a0", "doi", { type: "article-journal", DOI: "10.1038/386078a0" }, { doi: "10.1038/386078a0" }],
    ["PMID", "PMID: 9052783", "pmid", { type: "article-journal", PMID: "9052783" }, { pmid: "9052783" }],
    ["PubMed URL", "https://pubmed.ncbi.nlm.nih.gov/9052783/", "pmid", { type: "article-journal", PMID: "9052783" }, { pmid: "9052783" }],
    ["web page URL", "https://www.who.int/news-room/?utm_source=x", "url", { type: "webpage", URL: "https://www.who.int/news-room" }, { url: "https://www.who.int/news-room" }],
  ])("gives an identifier-only record for a %s", (_name, input, kind, csl, identifiers) => {
    const result = parseCitationOffline(input);
    expect(result).toEqual({
      ok: true,
      kind,
      csl,
      fields: { title: null, authors: [], container: null, year: null, doi: null, pmid: null, url: null, volume: null, issue: null, pages: null, publisher: null, ...identifiers },
    });
  });
});

describe("parseCitationOffline: clear errors, never a crash", () => {
  it.each([
    ["empty input", "", "unknown", /Paste a DOI, PMID, URL, BibTeX or RIS entry/],
    ["free text", "Luo et al. 1997, Nature", "unknown", /not a DOI, PMID, http\(s\) URL, BibTeX or RIS/],
    ["unterminated BibTeX", "@article{broken, title = {unclosed", "bibtex", /This BibTeX could not be read \(.+\)/],
    ["BibTeX with no fields", "@misc{empty,}", "bibtex", /no title, author or identifier/],
    ["two BibTeX entries", "@article{a, title={A}}\n@book{b, title={B}}", "bibtex", /holds 2 BibTeX entries; paste one at a time/],
    ["RIS with nothing but its type", "TY  - JOUR\nER  - ", "ris", /no title, author or identifier/],
    ["two RIS records", "TY  - JOUR\nTI  - A\nER  - \n\nTY  - BOOK\nTI  - B\nER  - ", "ris", /holds 2 RIS entries/],
  ])("%s", (_name, input, kind, message) => {
    const result = parseCitationOffline(input);
    expect(result.ok).toBe(false);
    expect(result.kind).toBe(kind);
    expect(!result.ok && result.error).toMatch(message);
  });

  it("keeps the parser's first line only, not its multi-line diagnostic", () => {
    const result = parseCitationOffline("@article{broken, title = {unclosed");
    expect(!result.ok && result.error.includes("\n")).toBe(false);
  });
});
