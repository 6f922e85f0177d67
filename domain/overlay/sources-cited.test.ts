import { describe, expect, it } from "vitest";
import { buildReviewFixture } from "../../tests/export/review-fixture";
import { shortAuthors, sourcesCited } from "./sources-cited";

describe("sourcesCited", () => {
  it("lists each cited source once, with how many claims cite it and its safe links", () => {
    const review = buildReviewFixture();
    const cited = sourcesCited(review);
    const citedIds = new Set(review.claims.flatMap((claim) => claim.evidence.map((item) => item.sourceId)));
    expect(cited.map((source) => source.id).sort()).toEqual([...citedIds].sort());
    for (const source of cited) {
      const citing = review.claims.filter((claim) => claim.evidence.some((item) => item.sourceId === source.id));
      expect(source.claimCount).toBe(citing.length);
      for (const link of source.links) expect(link.href).toMatch(/^https?:\/\//);
    }
    const luo = cited.find((source) => source.id === "src-luo-1997");
    expect(luo?.authors).toBe("Luo et al.");
    expect(luo?.links.map((link) => link.href)).toEqual(["https://doi.org/10.1038/386078a0", "https://pubmed.ncbi.nlm.nih.gov/9052783/"]);
  });

  it("leaves out sources no claim cites, and sorts by first author, then year", () => {
    const review = buildReviewFixture();
    const unused = { ...review.sources[0]!, id: "unused-source" };
    review.sources.push(unused);
    const cited = sourcesCited(review);
    expect(cited.some((source) => source.id === "unused-source")).toBe(false);
    const keys = cited.map((source) => (source.authors || source.title).toLowerCase());
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("never shows a javascript: URL as a link", () => {
    const review = buildReviewFixture();
    const source = review.sources.find((s) => review.claims.some((c) => c.evidence.some((e) => e.sourceId === s.id)))!;
    source.doi = null;
    source.pmid = null;
    source.url = "javascript:alert(1)";
    expect(sourcesCited(review).find((s) => s.id === source.id)?.links).toEqual([]);
  });
});

describe("shortAuthors", () => {
  it("names one or two authors and shortens three or more", () => {
    expect(shortAuthors([])).toBe("");
    expect(shortAuthors(["Luo"])).toBe("Luo");
    expect(shortAuthors(["Luo", "Ducy"])).toBe("Luo & Ducy");
    expect(shortAuthors(["Luo", "Ducy", "McKee"])).toBe("Luo et al.");
  });
});
