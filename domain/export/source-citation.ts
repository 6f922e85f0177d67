import { formatCitationApa } from "../citations";
import type { TCslItem, TSourceRecord } from "../schemas/review";

/** The source's CSL item with its id filled in: the form domain/citations formats and serializes. */
export function sourceCslItem(source: TSourceRecord): TCslItem {
  return { ...source.csl, id: source.csl.id ?? source.id };
}

/** APA reference as plain text; a source whose CSL formats to nothing is shown by its title. */
export function formatSourceCitation(source: TSourceRecord): string {
  const formatted = formatCitationApa(sourceCslItem(source)).trim();
  return formatted.length > 0 ? formatted : source.title;
}

/** All sources, alphabetical by their formatted reference, as a bibliography lists them. */
export function sourcesInBibliographyOrder(sources: TSourceRecord[]): Array<{ source: TSourceRecord; citation: string }> {
  return sources
    .map((source) => ({ source, citation: formatSourceCitation(source) }))
    .sort((a, b) => a.citation.localeCompare(b.citation, "en", { sensitivity: "base" }) || a.source.id.localeCompare(b.source.id));
}

/** Each source's reference formatted once: citeproc costs about a millisecond a call, and sources repeat across claims. */
export function citationsBySourceId(sources: TSourceRecord[]): Map<string, string> {
  return new Map(sources.map((source) => [source.id, formatSourceCitation(source)]));
}
