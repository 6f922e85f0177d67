import { describe, expect, it } from "vitest";
import type { TCslItem } from "../schemas/review";
import { parseCitationOffline } from "./parse-citation-offline";
import { toBibtex } from "./to-bibtex";
import { toCslJson } from "./to-csl-json";
import { toRis } from "./to-ris";

const LUO: TCslItem = {
  id: "luo1997",
  type: "article-journal",
  title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
  author: [
    { family: "Luo", given: "Guangbin" },
    { family: "Ducy", given: "Patricia" },
  ],
  "container-title": "Nature",
  issued: { "date-parts": [[1997]] },
  volume: "386",
  page: "78-81",
  DOI: "10.1038/386078a0",
};

const UNICODE: TCslItem = {
  id: "src_2",
  type: "article-journal",
  title: "180 µg/d for ≥ 3 years: α, β, γ 维生素K2 & 50% {braces} $x_1",
  author: [{ family: "王", given: "小明" }, { literal: "World Health Organization" }],
  issued: { "date-parts": [[2020]] },
  DOI: "10.1000/a_b",
  URL: "https://example.org/a_b?x=1&y=2",
};

describe("toBibtex", () => {
  it("writes a BibTeX entry that parses back to the same work", () => {
    const bibtex = toBibtex([LUO]);
    expect(bibtex).toMatch(/^@article\{Luo1997,/);
    const back = parseCitationOffline(bibtex);
    expect(back).toMatchObject({ ok: true, fields: { title: LUO.title, authors: ["Luo, Guangbin", "Ducy, Patricia"], year: 1997, doi: "10.1038/386078a0" } });
  });

  it("keeps Unicode, escapes LaTeX specials, leaves DOI and URL verbatim", () => {
    const bibtex = toBibtex([UNICODE]);
    expect(bibtex).toContain("180 µg/d for ≥ 3 years: α, β, γ 维生素");
    expect(bibtex).toContain("\\& 50\\% \\{braces\\} \\$x\\_1");
    expect(bibtex).toContain("author = {王, 小明 and {World Health Organization}}");
    expect(bibtex).toContain("doi = {10.1000/a_b}");
    expect(bibtex).toContain("url = {https://example.org/a_b?x=1&y=2}");
    const back = parseCitationOffline(bibtex);
    expect(back).toMatchObject({ ok: true, fields: { title: UNICODE.title } });
  });

  it.each<[string, TCslItem[], string[]]>([
    ["first author and year before the id", [{ ...LUO, id: "abc123" }], ["Luo1997"]],
    ["citation-key wins", [{ ...LUO, "citation-key": "Luo_1997" }], ["Luo_1997"]],
    ["the id, made safe, when there is no author", [{ type: "article-journal", title: "T", id: "ref/1 x" }], ["ref1x"]],
    ["accents folded out of the author's name", [{ ...LUO, author: [{ family: "Gérard" }] }], ["Gerard1997"]],
    ["repeated keys get suffixes", [LUO, LUO], ["Luo1997", "Luo1997_2"]],
    ["no id, no author", [{ type: "article-journal", title: "T" }], ["item1"]],
  ])("citation keys: %s", (_name, items, keys) => {
    const found = [...toBibtex(items).matchAll(/^@\w+\{([^,]*),/gm)].map((match) => match[1]);
    expect(found).toEqual(keys);
  });

  it("does not change BibTeX output elsewhere: Unicode switch is restored", () => {
    toBibtex([UNICODE]);
    expect(toBibtex([LUO])).toContain("title = {Spontaneous calcification");
  });

  it("writes nothing for no items and survives sparse items", () => {
    expect(toBibtex([])).toBe("");
    expect(() => toBibtex([{ type: "article-journal" }, { type: "webpage", URL: "https://x.org" }])).not.toThrow();
  });
});

describe("toRis", () => {
  it("writes one tag per line without wrapping long values", () => {
    const ris = toRis([LUO]);
    expect(ris.split("\n")).toEqual(expect.arrayContaining(["TY  - JOUR", "AU  - Luo, Guangbin", "AU  - Ducy, Patricia", `TI  - ${LUO.title}`, "DO  - 10.1038/386078a0", "ER  - "]));
    expect(ris.split("\n")[0]).toBe("TY  - JOUR");
    for (const line of ris.split("\n").filter((l) => l !== "")) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it("keeps Unicode and round-trips through the RIS reader", () => {
    const ris = toRis([UNICODE]);
    expect(ris).toContain(`TI  - ${UNICODE.title}`);
    expect(parseCitationOffline(ris)).toMatchObject({ ok: true, fields: { title: UNICODE.title, year: 2020 } });
  });

  it("separates records and keeps line breaks inside values out", () => {
    const ris = toRis([LUO, { ...UNICODE, title: "Line one\nline two" }]);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(ris).toContain("TI  - Line one line two");
  });

  it("writes nothing for no items and survives sparse items", () => {
    expect(toRis([])).toBe("");
    expect(toRis([{ type: "webpage" }])).toContain("TY  - ELEC");
  });
});

describe("toCslJson", () => {
  it("writes a CSL-JSON array with ids, and nothing of citation-js's internals", () => {
    const parsed = parseCitationOffline("@article{k, title={T}, year={2001}}");
    const items = JSON.parse(toCslJson([LUO, { type: "webpage", title: "No id" }, ...(parsed.ok ? [parsed.csl] : [])])) as TCslItem[];
    expect(items.map((item) => item.id)).toEqual(["luo1997", "item-2", "k"]);
    expect(items[0]).toEqual(LUO);
    expect(JSON.stringify(items)).not.toContain("_graph");
  });

  it("keeps Unicode as characters", () => {
    expect(toCslJson([UNICODE])).toContain("维生素K2");
  });
});
