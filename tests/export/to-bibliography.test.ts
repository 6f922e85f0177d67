import { describe, expect, it } from "vitest";
import { toBibliography } from "@/domain/export/to-bibliography";
import { buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();

describe("toBibliography", () => {
  it("writes every source as CSL-JSON with its id", () => {
    const items = JSON.parse(toBibliography(review, "csl-json")) as Array<{ id: string; DOI?: string; title?: string }>;
    expect(items.map((item) => item.id).sort()).toEqual(review.sources.map((source) => source.id).sort());
    expect(items.find((item) => item.id === "src-luo-1997")?.DOI).toBe("10.1038/386078a0");
    expect(items.find((item) => item.id === "src-zh")?.title).toBe("维生素K2与血管钙化：αβγ 研究综述");
  });

  it("writes a BibTeX entry per source", () => {
    const bibtex = toBibliography(review, "bibtex");
    expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(review.sources.length);
    expect(bibtex).toContain("10.1038/386078a0");
  });

  it("writes a RIS record per source", () => {
    const ris = toBibliography(review, "ris");
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(review.sources.length);
    expect(ris.match(/^ER {2}- ?/gm)).toHaveLength(review.sources.length);
    expect(ris).toContain("10.1038/386078a0");
  });
});
