import { normalizeDoi, normalizePmid, normalizeUrl } from "./normalize-identifiers";

export type IdentifierKind = "doi" | "pmid" | "url" | "bibtex" | "ris" | "unknown";

/**
 * What a reviewer pasted, recognised. `value` is the canonical form: a normalized DOI, the PMID's
 * digits, the normalized URL, or the trimmed BibTeX / RIS text (or input, for "unknown").
 */
export type ParsedIdentifier = { kind: IdentifierKind; value: string };

const BIBTEX_ENTRY_START = /^@[a-z]+\s*[{(]/i;
/** RIS records start with a TY tag; pasted text often loses one of its two spaces. */
const RIS_TYPE_LINE = /^TY {1,2}- ?\S/m;
const DOI_LIKE = /^(?:doi:\s*|https?:\/\/(?:dx\.|www\.)?doi\.org\/)?10\.\d{4,9}\//i;
const PMID_LIKE = /^(?:pmid\s*:?\s*)?\d{1,9}$/i;
const PUBMED_URL_LIKE = /^https?:\/\/(?:pubmed\.ncbi\.nlm\.nih\.gov\/|(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/)\d/i;
const HTTP_URL_LIKE = /^https?:\/\/\S+$/i;

export function parseIdentifier(input: string): ParsedIdentifier {
  const trimmed = input.trim();
  if (trimmed === "") return { kind: "unknown", value: "" };

  if (BIBTEX_ENTRY_START.test(trimmed)) return { kind: "bibtex", value: trimmed };
  if (RIS_TYPE_LINE.test(trimmed)) return { kind: "ris", value: trimmed };

  if (DOI_LIKE.test(trimmed)) {
    const doi = normalizeDoi(trimmed);
    if (doi) return { kind: "doi", value: doi };
  }
  if (PMID_LIKE.test(trimmed) || PUBMED_URL_LIKE.test(trimmed)) {
    const pmid = normalizePmid(trimmed);
    if (pmid) return { kind: "pmid", value: pmid };
  }
  if (HTTP_URL_LIKE.test(trimmed)) {
    const url = normalizeUrl(trimmed);
    if (url) return { kind: "url", value: url };
  }
  return { kind: "unknown", value: trimmed };
}
