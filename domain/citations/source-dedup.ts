import { normalizeDoi, normalizePmid, normalizeUrl } from "./normalize-identifiers";

export type SourceIdentifiers = {
  doi?: string | null;
  pmid?: string | null;
  url?: string | null;
};

type NormalizedIdentifiers = { doi: string | null; pmid: string | null; url: string | null };

function normalizeAll(source: SourceIdentifiers): NormalizedIdentifiers {
  return {
    doi: source.doi ? normalizeDoi(source.doi) : null,
    pmid: source.pmid ? normalizePmid(source.pmid) : null,
    url: source.url ? normalizeUrl(source.url) : null,
  };
}

/** The one key a source is known by: its DOI, else its PMID, else its normalized URL; null when it has none. */
export function sourceDedupKey(source: SourceIdentifiers): string | null {
  const { doi, pmid, url } = normalizeAll(source);
  if (doi) return `doi:${doi}`;
  if (pmid) return `pmid:${pmid}`;
  if (url) return `url:${url}`;
  return null;
}

const STRENGTH_ORDER = ["doi", "pmid", "url"] as const;

/** Two records name different works when they carry different values of an identifier stronger than `level`. */
function conflictAbove(level: (typeof STRENGTH_ORDER)[number], a: NormalizedIdentifiers, b: NormalizedIdentifiers): boolean {
  for (const kind of STRENGTH_ORDER) {
    if (kind === level) return false;
    const left = a[kind];
    const right = b[kind];
    if (left && right && left !== right) return true;
  }
  return false;
}

/**
 * The existing source that is the same work as `candidate`: same DOI, else same PMID, else same
 * normalized URL. A match on a weaker identifier is ignored when both carry a different stronger
 * one (two DOIs that differ are two works, even if a publisher page URL is shared).
 */
export function findDuplicateSource<T extends SourceIdentifiers>(candidate: SourceIdentifiers, existing: readonly T[]): T | null {
  const wanted = normalizeAll(candidate);
  const normalizedExisting = existing.map((source) => ({ source, ids: normalizeAll(source) }));
  for (const level of STRENGTH_ORDER) {
    const value = wanted[level];
    if (!value) continue;
    const match = normalizedExisting.find(({ ids }) => ids[level] === value && !conflictAbove(level, wanted, ids));
    if (match) return match.source;
  }
  return null;
}
