import type { TReviewDocument, TSourceRecord } from "../schemas/review";

/**
 * Long reports cite their sources by number. A short report prints each evidence item's full
 * reference beside it, which reads best when the reader never has to turn a page to see what a
 * source is. A long one would print the same references again and again (the 2,000-claim
 * benchmark review: 1,500 references printed 6,000 times, some 1,500 pages); there each evidence
 * item names its source by author and year with its number in the bibliography, "Smith et al.
 * (2019) [12]", and the bibliography, numbered and with every link, prints each reference once.
 */

/** From this many evidence items on, a report cites by number (the demo review has 22, about 10 PDF pages). */
export const NUMBERED_CITATIONS_FROM_EVIDENCE_ITEMS = 40;

export function citesSourcesByNumber(review: Pick<TReviewDocument, "claims">): boolean {
  let items = 0;
  for (const claim of review.claims) {
    items += claim.evidence.length;
    if (items >= NUMBERED_CITATIONS_FROM_EVIDENCE_ITEMS) return true;
  }
  return false;
}

/** Each source's number: its place (from 1) in the bibliography as the report lists it. */
export function referenceNumbers(bibliography: ReadonlyArray<{ source: TSourceRecord }>): Map<string, number> {
  return new Map(bibliography.map(({ source }, index) => [source.id, index + 1]));
}

const SHORT_TITLE_LENGTH = 40;

/**
 * Author and year as APA cites in the text: "Smith (2019)", "Smith & Jones (2019)", "Smith et
 * al. (2019)", a group author in full, "(n.d.)" without a year; a work without authors by its
 * title, shortened.
 */
export function shortCitation(source: TSourceRecord): string {
  return `${citedAuthors(source)} (${citedYear(source)})`;
}

function citedAuthors(source: TSourceRecord): string {
  const names = (source.csl.author ?? [])
    .map((author) => (author.family ?? author.literal ?? "").trim())
    .filter((name) => name.length > 0);
  const authors = names.length > 0 ? names : source.authors.map((name) => name.trim()).filter((name) => name.length > 0);
  if (authors.length === 1) return authors[0]!;
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  if (authors.length > 2) return `${authors[0]} et al.`;
  const title = source.title.replace(/\s+/g, " ").trim();
  if (title.length <= SHORT_TITLE_LENGTH) return title;
  const cut = title.slice(0, SHORT_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > SHORT_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.:;–-]+$/, "")}…`;
}

function citedYear(source: TSourceRecord): string {
  if (source.year !== null) return String(source.year);
  const issued = source.csl.issued?.["date-parts"]?.[0]?.[0];
  return issued !== undefined && String(issued).trim().length > 0 ? String(issued).trim() : "n.d.";
}
