import { describe, expect, it } from "vitest";
import { findDuplicateSource, sourceDedupKey } from "./source-dedup";

describe("sourceDedupKey", () => {
  it.each([
    ["DOI wins over everything", { doi: "https://doi.org/10.1038/386078A0", pmid: "9052783", url: "https://x.org" }, "doi:10.1038/386078a0"],
    ["PMID when there is no DOI", { doi: null, pmid: "PMID: 9052783", url: "https://x.org" }, "pmid:9052783"],
    ["normalized URL last", { url: "https://Example.org/a/?utm_campaign=z#f" }, "url:https://example.org/a"],
    ["invalid DOI falls through to PMID", { doi: "not-a-doi", pmid: "123" }, "pmid:123"],
    ["nothing to go by", { doi: "", pmid: null, url: "ftp://x" }, null],
  ])("%s", (_name, source, expected) => {
    expect(sourceDedupKey(source)).toBe(expected);
  });
});

describe("findDuplicateSource", () => {
  const existing = [
    { id: "luo", doi: "10.1038/386078a0", pmid: "9052783", url: null },
    { id: "who", doi: null, pmid: null, url: "https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)" },
    { id: "geleijnse", doi: null, pmid: "15514282", url: "https://academic.oup.com/jn/article/134/11/3100/4688339" },
    { id: "other-doi", doi: "10.1000/other", pmid: null, url: "https://publisher.example/shared-landing" },
  ];

  it.each([
    ["same DOI written differently", { doi: "doi:10.1038/386078A0" }, "luo"],
    ["same PMID, candidate also has a DOI the stored one lacks", { doi: "10.1093/jn/134.11.3100", pmid: "15514282" }, "geleijnse"],
    ["PMID when the candidate has only a PMID", { pmid: "https://pubmed.ncbi.nlm.nih.gov/9052783/" }, "luo"],
    ["same URL with tracking and fragment", { url: "https://WWW.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)/?utm_source=t#key-facts" }, "who"],
    ["shared URL but a different DOI is a different work", { doi: "10.1000/mine", url: "https://publisher.example/shared-landing" }, null],
    ["new work", { doi: "10.3390/nu12102909" }, null],
    ["no identifiers", {}, null],
  ])("%s", (_name, candidate, expectedId) => {
    expect(findDuplicateSource(candidate, existing)?.id ?? null).toBe(expectedId);
  });
});
