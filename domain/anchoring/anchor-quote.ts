import { acceptsExact, acceptsFuzzy, isConfidentFuzzy } from "./acceptance";
import { findExactOccurrences } from "./find-exact";
import { searchEverywhere, searchRegion } from "./find-approximate";
import { foldTypography } from "./fold-typography";
import { prepareTextCached, type PreparedText } from "./prepared-text";
import { compareCandidates, scoreCandidate, type Candidate, type ScoredCandidate, type ScoringContext } from "./score-candidate";
import { snapOutward } from "./surrogates";
import type { AnchorResult, PositionInput, QuoteInput } from "./types";

/** Approximate matching first looks this far around the old position, before the whole text. */
const MIN_WINDOW_MARGIN = 1024;
/** An approximate match replaces an exact one only when it is nearly the quote itself. */
const FUZZY_OVER_EXACT_SIMILARITY = 0.9;

/**
 * Finds `quote` in `text`: at the old position if the text there is still the quote; else the
 * exact occurrence whose context agrees best (then the nearest); else the best approximate match
 * that is trustworthy (see acceptance.ts); else null, an orphan.
 */
export function anchorQuote(text: string, quote: QuoteInput, position?: PositionInput): AnchorResult | null {
  return anchorInPreparedText(prepareTextCached(text), quote, position);
}

/** anchorQuote on a text prepared once for many quotes. */
export function anchorInPreparedText(prepared: PreparedText, quote: QuoteInput, position?: PositionInput): AnchorResult | null {
  const { text, folded } = prepared;
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const hintRange = position ? clampRange(text.length, position) : undefined;
  const context: ScoringContext = {
    folded,
    quote: foldTypography(exact),
    prefix: foldTypography(quote.prefix ?? ""),
    suffix: foldTypography(quote.suffix ?? ""),
    hint: hintRange?.start,
  };
  const byScore = compareCandidates(context.hint);
  const toResult = (c: ScoredCandidate, method: AnchorResult["method"]): AnchorResult => ({
    start: c.start,
    end: c.end,
    score: Math.round(c.score * 10_000) / 10_000,
    method: method !== "fuzzy" && position && c.start === position.start && c.end === position.end ? "position" : method,
  });

  if (hintRange && text.slice(hintRange.start, hintRange.end) === exact) {
    const atPosition = scoreCandidate({ start: hintRange.start, end: hintRange.end, errors: 0 }, context);
    if (atPosition.contextSimilarity === null || atPosition.contextSimilarity >= 0.9) return toResult(atPosition, "position");
  }

  const exacts = findExactOccurrences(text, exact, context.hint)
    .map((c) => scoreCandidate(c, context))
    .sort(byScore);
  const bestExact = exacts.find((c) => acceptsExact(c, exact.length));
  if (bestExact && (bestExact.contextSimilarity === null || bestExact.contextSimilarity >= 0.5)) {
    return toResult(bestExact, "exact");
  }

  const bestFuzzy = findBestFoldedExact(prepared, context, byScore) ?? findBestFuzzy(prepared, context, hintRange, byScore);
  const fuzzyBeatsExact = (exactOne: ScoredCandidate, fuzzy: ScoredCandidate) =>
    // An approximate match overlapping the exact one is that same text with blurred edges.
    (fuzzy.end <= exactOne.start || fuzzy.start >= exactOne.end) &&
    fuzzy.quoteSimilarity >= FUZZY_OVER_EXACT_SIMILARITY &&
    fuzzy.score > exactOne.score;
  if (bestFuzzy && (!bestExact || fuzzyBeatsExact(bestExact, bestFuzzy))) {
    return toResult(bestFuzzy, "fuzzy");
  }
  return bestExact ? toResult(bestExact, "exact") : null;
}

/** The quote differing only in typography (quote marks, dashes, case, line breaks): found by indexOf, no scan. */
function findBestFoldedExact(
  prepared: PreparedText,
  context: ScoringContext,
  byScore: (a: ScoredCandidate, b: ScoredCandidate) => number,
): ScoredCandidate | undefined {
  return findExactOccurrences(prepared.folded, context.quote, context.hint)
    .map((c) => scoreCandidate({ ...snapOutward(prepared.text, c.start, c.end), errors: 0 }, context))
    .filter((c) => acceptsFuzzy(c, context.quote.length) && isConfidentFuzzy(c))
    .sort(byScore)[0];
}

function findBestFuzzy(
  prepared: PreparedText,
  context: ScoringContext,
  hintRange: PositionInput | undefined,
  byScore: (a: ScoredCandidate, b: ScoredCandidate) => number,
): ScoredCandidate | undefined {
  const { folded } = prepared;
  const quote = context.quote;
  const best = (found: Candidate[]) =>
    dedupe(found.map((c) => tidyRange(prepared.text, quote, c)))
      .map((c) => scoreCandidate(c, context))
      .filter((c) => acceptsFuzzy(c, quote.length))
      .sort(byScore)[0];

  if (hintRange) {
    const margin = Math.max(MIN_WINDOW_MARGIN, 2 * quote.length);
    const nearby = best(searchRegion(folded, quote, hintRange.start - margin, hintRange.end + margin));
    if (nearby && isConfidentFuzzy(nearby)) return nearby;
    const anywhere = best(searchEverywhere(folded, quote, prepared.wordIndex));
    if (!nearby) return anywhere;
    if (!anywhere) return nearby;
    return byScore(nearby, anywhere) <= 0 ? nearby : anywhere;
  }
  return best(searchEverywhere(folded, quote, prepared.wordIndex));
}

/** Drops whitespace the quote does not have at its ends, and never leaves half a surrogate pair. */
function tidyRange(text: string, quote: string, candidate: Candidate): Candidate {
  let { start, end } = candidate;
  if (!/^\s/.test(quote)) while (start < end && /\s/.test(text[start] ?? "")) start++;
  if (!/\s$/.test(quote)) while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (start === end) ({ start, end } = candidate);
  return { ...snapOutward(text, start, end), errors: candidate.errors };
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The old position within the new text's bounds: it stays a useful hint when the text got shorter. */
function clampRange(length: number, position: PositionInput): PositionInput {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(length, Math.max(0, Math.round(n))) : 0);
  const start = clamp(position.start);
  return { start, end: Math.max(start, clamp(position.end)) };
}
