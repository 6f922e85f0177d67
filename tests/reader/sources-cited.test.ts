import { describe, expect, it } from "vitest";
import { sourcesCitedHtml } from "@/domain/overlay/reader-sections";
import type { CitedSource } from "@/domain/overlay/sources-cited";

const source = (i: number): CitedSource => ({
  id: `s${i}`,
  authors: `Author${i} et al.`,
  year: 2000 + (i % 20),
  title: `Study ${i} <script>alert(1)</script>`,
  container: "Journal",
  links: [{ kind: "doi", label: `doi:10.1000/${i}`, href: `https://doi.org/10.1000/${i}` }],
  claimCount: 1 + (i % 3),
});

describe("sourcesCitedHtml (the reader page's reference list)", () => {
  it("lists each source with its DOI link and escapes what reviewers typed", () => {
    const html = sourcesCitedHtml("demo", [source(1), source(2)]);
    expect(html).toContain("Sources cited (2)");
    expect(html).toContain('href="https://doi.org/10.1000/1"');
    expect(html).toContain("DOI: 10.1000/2");
    expect(html).toContain("cited for 2 claims");
    expect(html).not.toContain("<script>");
  });

  it("offers the bibliography as downloads instead of listing hundreds of works in the page", () => {
    const html = sourcesCitedHtml("big review", Array.from({ length: 301 }, (_, i) => source(i)));
    expect(html).toContain("Sources cited (301)");
    expect(html).not.toContain("doi.org");
    expect(html).toContain('href="/api/articles/big%20review/export?format=bibtex"');
  });

  it("renders nothing when no source is cited", () => {
    expect(sourcesCitedHtml("demo", [])).toBe("");
  });
});
