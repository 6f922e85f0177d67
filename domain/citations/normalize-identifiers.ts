/**
 * Canonical forms of the identifiers sources are de-duplicated by. Each function returns null
 * when the input is not a valid identifier of its kind, so a caller never stores a half-cleaned value.
 */

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIXES = [/^doi:\s*/i, /^https?:\/\/(?:dx\.|www\.)?doi\.org\//i];
/** Punctuation that ends a sentence a DOI was pasted from, not the DOI itself. */
const TRAILING_SENTENCE_PUNCTUATION = /[.,;:]+$/;

/** "https://doi.org/10.1038/386078A0" → "10.1038/386078a0" (DOIs are case-insensitive). */
export function normalizeDoi(input: string): string | null {
  let doi = input.trim();
  for (const prefix of DOI_PREFIXES) doi = doi.replace(prefix, "");
  if (/%[0-9a-f]{2}/i.test(doi)) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      return null;
    }
  }
  doi = doi.replace(TRAILING_SENTENCE_PUNCTUATION, "").toLowerCase();
  return DOI_PATTERN.test(doi) ? doi : null;
}

const PMID_PATTERN = /^\d{1,9}$/;
const PUBMED_URL_PATTERNS = [
  /^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{1,9})\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/(\d{1,9})\/?(?:[?#].*)?$/i,
];

/** "PMID: 9052783", "9052783" or a PubMed URL → "9052783". */
export function normalizePmid(input: string): string | null {
  const trimmed = input.trim();
  for (const pattern of PUBMED_URL_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match?.[1]) return stripLeadingZeros(match[1]);
  }
  const digits = trimmed.replace(/^pmid\s*:?\s*/i, "");
  if (!PMID_PATTERN.test(digits)) return null;
  const pmid = stripLeadingZeros(digits);
  return pmid === "0" ? null : pmid;
}

function stripLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}

/** Query parameters that only track where a click came from; they never change the page. */
function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || lower === "fbclid" || lower === "gclid";
}

/**
 * The form two links to the same page share: http(s) only, lowercase host, no default port,
 * no fragment, no tracking parameters, no trailing slash. The scheme and "www." are kept:
 * they can name different sites.
 */
export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.hostname === "") return null;

  const kept = [...url.searchParams].filter(([name]) => !isTrackingParameter(name));
  const search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  // URL already lowercases the host and drops :80 on http and :443 on https.
  return `${url.protocol}//${url.host}${path}${search}`;
}
