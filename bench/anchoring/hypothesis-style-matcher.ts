import approxSearch from "approx-string-match";
import type { AnchorResult, PositionInput, QuoteInput } from "../../domain/anchoring";

/**
 * The baseline: anchoring as the Hypothesis client describes and publishes it
 * (src/annotator/anchoring/html.ts and match-quote.ts, written again here from that description).
 * 1. TextPositionSelector, kept only if the text there equals the quote;
 * 2. every exact occurrence of the quote, else approx-string-match with up to
 *    min(256, quote.length / 2) errors; candidates scored 50 quote + 20 prefix + 20 suffix +
 *    2 position, normalized; the best candidate is always returned, however low its score.
 */

interface Match {
  start: number;
  end: number;
  errors: number;
}

function search(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** Similarity of `str` to its best approximate occurrence anywhere in `text`, 0..1. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = search(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

export function hypothesisStyleAnchor(text: string, quote: QuoteInput, position?: PositionInput): AnchorResult | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, score: 1, method: "position" };
  }
  const matches = search(text, exact, Math.min(256, exact.length / 2));
  if (matches.length === 0) return null;
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const hint = position?.start;
  const scored = matches.map((m) => {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    return { start: m.start, end: m.end, score, method: m.errors === 0 ? ("exact" as const) : ("fuzzy" as const) };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0] ?? null;
}
