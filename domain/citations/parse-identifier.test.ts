import { describe, expect, it } from "vitest";
import { parseIdentifier } from "./parse-identifier";

describe("parseIdentifier", () => {
  it.each([
    ["bare DOI", "10.1038/386078a0", "doi", "10.1038/386078a0"],
    ["DOI with capitals and padding", "  10.1016/S2665-9913(23)00163-7 ", "doi", "10.1016/s2665-9913(23)00163-7"],
    ["doi: prefix", "doi:10.1093/jn/134.11.3100", "doi", "10.1093/jn/134.11.3100"],
    ["DOI: prefix with a space", "DOI: 10.1093/ajcn/nqz147", "doi", "10.1093/ajcn/nqz147"],
    ["doi.org URL", "https://doi.org/10.1161/CIRCULATIONAHA.121.057008", "doi", "10.1161/circulationaha.121.057008"],
    ["dx.doi.org URL over http", "http://dx.doi.org/10.1038/5102", "doi", "10.1038/5102"],
    ["DOI ending a sentence", "10.3390/nu12102909.", "doi", "10.3390/nu12102909"],
    ["bare PMID", "9052783", "pmid", "9052783"],
    ["PMID: prefix", "PMID: 15514282", "pmid", "15514282"],
    ["PMID without colon", "pmid 22498635", "pmid", "22498635"],
    ["pubmed.ncbi.nlm.nih.gov URL", "https://pubmed.ncbi.nlm.nih.gov/37252246/", "pmid", "37252246"],
    ["legacy ncbi pubmed URL", "https://www.ncbi.nlm.nih.gov/pubmed/20953171", "pmid", "20953171"],
    ["web page URL", "https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)", "url", "https://www.who.int/news-room/fact-sheets/detail/cardiovascular-diseases-(cvds)"],
    ["URL with tracking and fragment", "https://Example.org/page/?utm_source=x#top", "url", "https://example.org/page"],
    ["BibTeX entry", "@article{luo1997, title={X}}", "bibtex", "@article{luo1997, title={X}}"],
    ["BibTeX entry with parentheses", "@Book(key, title = {X})", "bibtex", "@Book(key, title = {X})"],
    ["RIS record", "TY  - JOUR\nTI  - X\nER  - ", "ris", "TY  - JOUR\nTI  - X\nER  -"],
    ["RIS record with single spaces", "TY - JOUR\nTI - X\nER -", "ris", "TY - JOUR\nTI - X\nER -"],
    ["empty input", "   ", "unknown", ""],
    ["free text", "Luo et al., 1997", "unknown", "Luo et al., 1997"],
    ["ftp URL", "ftp://example.org/file", "unknown", "ftp://example.org/file"],
    ["DOI prefix without suffix", "10.1038/", "unknown", "10.1038/"],
    ["too many digits for a PMID", "1234567890", "unknown", "1234567890"],
    ["PMID zero", "0", "unknown", "0"],
  ])("%s", (_name, input, kind, value) => {
    expect(parseIdentifier(input)).toEqual({ kind, value });
  });
});
