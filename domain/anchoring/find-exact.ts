import { isWholeCharacterRange } from "./surrogates";
import type { Candidate } from "./score-candidate";

/** Beyond this many occurrences only the ones nearest the hint are kept (a quote that common says little). */
const MAX_EXACT_OCCURRENCES = 400;

/** Every occurrence of `quote` in `text` that does not split a surrogate pair, nearest the hint first. */
export function findExactOccurrences(text: string, quote: string, hint: number | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (isWholeCharacterRange(text, at, at + quote.length)) found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  if (hint !== undefined) found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return found.slice(0, MAX_EXACT_OCCURRENCES);
}
