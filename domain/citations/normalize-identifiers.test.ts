import { describe, expect, it } from "vitest";
import { normalizeDoi, normalizePmid, normalizeUrl } from "./normalize-identifiers";

describe("normalizeDoi", () => {
  it.each([
    ["10.1038/386078A0", "10.1038/386078a0"],
    ["https://doi.org/10.1038/386078a0", "10.1038/386078a0"],
    ["https://www.doi.org/10.1038/386078a0", "10.1038/386078a0"],
    ["doi:10.1038/386078a0", "10.1038/386078a0"],
    ["https://doi.org/10.1016%2FS2665-9913%2823%2900163-7", "10.1016/s2665-9913(23)00163-7"],
    ["10.1038/386078a0;", "10.1038/386078a0"],
    ["not a doi", null],
    ["11.1038/386078a0", null],
    ["10.12/too-short-registrant", null],
    ["https://doi.org/10.1000/%E0%A4%A", null],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDoi(input)).toBe(expected);
  });
});

describe("normalizePmid", () => {
  it.each([
    ["9052783", "9052783"],
    [" PMID: 9052783 ", "9052783"],
    ["PMID9052783", "9052783"],
    ["009052783", "9052783"],
    ["https://pubmed.ncbi.nlm.nih.gov/9052783/?from=search", "9052783"],
    ["https://www.ncbi.nlm.nih.gov/pubmed/9052783", "9052783"],
    ["000", null],
    ["12a", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(normalizePmid(input)).toBe(expected);
  });
});

describe("normalizeUrl", () => {
  it.each([
    ["lowercases the host", "https://WWW.Who.INT/News", "https://www.who.int/News"],
    ["drops the fragment", "https://example.org/a#section-2", "https://example.org/a"],
    ["drops the trailing slash", "https://example.org/a/", "https://example.org/a"],
    ["root with and without slash agree", "https://example.org/", "https://example.org"],
    ["drops utm_* parameters, keeps others in order", "https://example.org/a?id=7&utm_source=news&UTM_Medium=x&page=2", "https://example.org/a?id=7&page=2"],
    ["drops fbclid and gclid", "https://example.org/a?fbclid=abc&gclid=def", "https://example.org/a"],
    ["drops the default https port", "https://example.org:443/a", "https://example.org/a"],
    ["drops the default http port", "http://example.org:80/a", "http://example.org/a"],
    ["keeps other ports", "http://example.org:8080/a", "http://example.org:8080/a"],
    ["keeps the scheme", "http://example.org/a", "http://example.org/a"],
    ["refuses other schemes", "javascript:alert(1)", null],
    ["refuses mailto", "mailto:someone@example.org", null],
    ["refuses text", "example dot org", null],
  ])("%s", (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
