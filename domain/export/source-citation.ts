import { formatCitationApa } from "../citations";
import type { TCslItem, TSourceRecord } from "../schemas/review";
import { LruMap } from "../support/lru-map";

/** The source's CSL item with its id filled in: the form domain/citations formats and serializes. */
export function sourceCslItem(source: TSourceRecord): TCslItem {
  return { ...source.csl, id: source.csl.id ?? source.id };
}

/**
 * Names the formatting that made a stored reference (Source.referenceFormat). Change it whenever
 * the same CSL item would format to other text (APA style, citation-js, formatCitationApa or
 * prepareForOutput changed): every reference stored under another name is then formatted again
 * at its next read (server/data/sources/complete-source-references.ts).
 */
export const REFERENCE_FORMAT = "apa-7/citation-js-0.7/1";

/** What is stored with a source whenever its CSL item is written: its reference, formatted now, and how it was made. */
export function referenceToStore(csl: TCslItem): { reference: string; referenceFormat: string } {
  return { reference: formatCitationApa(csl).trim(), referenceFormat: REFERENCE_FORMAT };
}

/**
 * citeproc takes milliseconds per reference (APA's macros and disambiguation): a review with
 * 1,500 sources spent seconds in it on an export (bench/README.md, "Exports"). Sources read
 * from the database carry their stored reference; for a record without one, the formatted
 * reference is kept here, keyed by the CSL item itself (an edited source has a different key,
 * so a stale reference is never served), bounded, least recently used dropped first.
 */
const formattedReferences = new LruMap<string, string>(5_000);

function formatApaOnce(csl: TCslItem): string {
  const key = JSON.stringify(csl);
  const cached = formattedReferences.get(key);
  if (cached !== undefined) return cached;
  const formatted = referenceToStore(csl).reference;
  formattedReferences.set(key, formatted);
  return formatted;
}

/** Forgets every formatted reference, so a benchmark can measure a first export. */
export function forgetFormattedReferences(): void {
  formattedReferences.clear();
}

/** The source's reference as stored with it, else formatted from its CSL item; "" when it names no work. */
export function sourceReference(source: TSourceRecord): string {
  return source.reference ?? formatApaOnce(sourceCslItem(source));
}

/** APA reference as plain text; a source whose CSL formats to nothing is shown by its title. */
export function formatSourceCitation(source: TSourceRecord): string {
  const formatted = sourceReference(source);
  return formatted.length > 0 ? formatted : source.title;
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call. */
const bibliographyCollator = new Intl.Collator("en", { sensitivity: "base" });

/** All sources, alphabetical by their formatted reference, as a bibliography lists them. */
export function sourcesInBibliographyOrder(sources: TSourceRecord[]): Array<{ source: TSourceRecord; citation: string }> {
  return sources
    .map((source) => ({ source, citation: formatSourceCitation(source) }))
    .sort((a, b) => bibliographyCollator.compare(a.citation, b.citation) || a.source.id.localeCompare(b.source.id));
}

/** Each source's reference, stored or formatted once per distinct source (see formatApaOnce). */
export function citationsBySourceId(sources: TSourceRecord[]): Map<string, string> {
  return new Map(sources.map((source) => [source.id, formatSourceCitation(source)]));
}

/**
 * The reference as the reports print it next to the source's links: APA ends a reference with
 * its DOI (or URL) as an address, and the report prints that DOI as a link right after, so the
 * address is taken off the end of the text; the DOI is printed once, as the link.
 */
export function referenceBesideLinks(citation: string, linkHrefs: readonly string[]): string {
  let text = citation.trimEnd();
  for (const href of linkHrefs) {
    // DOIs are case-insensitive: APA prints the DOI as registered, the link may be lower-cased.
    for (const form of new Set([href, decodeURIComponentSafely(href)].map((f) => f.toLowerCase()))) {
      if (text.toLowerCase().endsWith(form)) text = text.slice(0, -form.length).trimEnd();
    }
  }
  return text;
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
