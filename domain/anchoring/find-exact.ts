import { isWholeCharacterRange } from "./surrogates";
import { occurrencesOf, type PreparedText } from "./prepared-text";
import type { Candidate } from "./score-candidate";

/** Beyond this many occurrences only the ones nearest the hint are kept (a quote that common says little). */
const MAX_EXACT_OCCURRENCES = 400;
/** Occurrences looked at before keeping the nearest ones. */
const MAX_SCANNED_OCCURRENCES = 20_000;

/** Every occurrence of a folded `quote` in the prepared text that does not split a surrogate pair, nearest the hint first. */
export function findExactOccurrences(prepared: PreparedText, quote: string, hint: number | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const at of occurrencesOf(prepared, quote, MAX_SCANNED_OCCURRENCES)) {
    if (isWholeCharacterRange(prepared.text, at, at + quote.length)) found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  if (hint !== undefined) found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return found.slice(0, MAX_EXACT_OCCURRENCES);
}
