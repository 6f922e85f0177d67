import { sourceLinks, type SourceLink } from "../export/links";
import type { TReviewDocument, TSourceRecord } from "../schemas/review";

/** One work the review cites, as the reader page's "Sources cited" list shows it. */
export interface CitedSource {
  id: string;
  /** "Luo", "Luo & Ducy" or "Luo et al.": enough to recognise the work, short enough to scan. */
  authors: string;
  year: number | null;
  title: string;
  container: string | null;
  /** DOI, PubMed and web links; only safe (http/https, well-formed identifier) ones. */
  links: SourceLink[];
  /** How many of the review's claims cite it. */
  claimCount: number;
}

/** A name's family part: "Luo G" → "Luo", "Schurgers, Leon J." → "Schurgers". */
function familyName(author: string): string {
  const trimmed = author.trim();
  if (trimmed.includes(",")) return trimmed.split(",")[0]!.trim();
  const words = trimmed.split(/\s+/);
  // "Luo G" / "Luo GX" (PubMed style: initials last) or "Leon Schurgers" (given name first).
  const last = words.at(-1) ?? trimmed;
  return words.length > 1 && /^[A-Z]{1,3}\.?$/.test(last) ? words[0]! : last;
}

/** Family names from the CSL record when it has them (exact), else read off the display names. */
function authorFamilies(source: TSourceRecord): string[] {
  const fromCsl = (source.csl.author ?? []).map((name) => (name.family ?? name.literal ?? "").trim()).filter(Boolean);
  return fromCsl.length > 0 ? fromCsl : source.authors.map(familyName).filter(Boolean);
}

export function shortAuthors(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]} et al.`;
}

/**
 * Every source the review's claims cite, each once, with the number of claims citing it:
 * sorted by first author, year and title, like a reference list. Built from the stored fields
 * (no citation engine), so it costs the same for 15 sources or 1,500.
 */
export function sourcesCited(review: Pick<TReviewDocument, "sources" | "claims">): CitedSource[] {
  const claimsBySource = new Map<string, Set<string>>();
  for (const claim of review.claims) {
    for (const item of claim.evidence) {
      const claims = claimsBySource.get(item.sourceId) ?? new Set<string>();
      claims.add(claim.id);
      claimsBySource.set(item.sourceId, claims);
    }
  }
  return review.sources
    .filter((source) => claimsBySource.has(source.id))
    .map((source) => ({
      id: source.id,
      authors: shortAuthors(authorFamilies(source)),
      year: source.year,
      title: source.title,
      container: source.container,
      links: sourceLinks(source),
      claimCount: claimsBySource.get(source.id)?.size ?? 0,
    }))
    .sort(
      (a, b) =>
        (a.authors || a.title).localeCompare(b.authors || b.title, "en", { sensitivity: "base" }) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        a.title.localeCompare(b.title, "en", { sensitivity: "base" }) ||
        a.id.localeCompare(b.id),
    );
}
