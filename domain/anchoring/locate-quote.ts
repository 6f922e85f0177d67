import { collectCandidates, exactCandidates } from "./collect-candidates";
import { foldTypography } from "./fold-typography";
import { contradictedByPosition, decidedByPosition, hasEnoughEvidence, hasIntactContext, judgeCandidates, type QuoteFacts } from "./judge-candidates";
import { splitsSurrogatePair } from "../text/canonical-text";
import { isWholeCharacterRange } from "./surrogates";
import { occurrencesOf, type PreparedText } from "./prepared-text";
import { compareCandidates, scoreCandidate, type Candidate, type ScoredCandidate, type ScoringContext } from "./score-candidate";
import { CONTEXT_LENGTH, type AnchorOutcome, type AnchorResult, type AnchorSuggestion, type PositionInput, type QuoteInput } from "./types";

/** Up to this many rejected places are offered to a reviewer. */
const MAX_SUGGESTIONS = 3;
/** An exact copy this well surrounded by its old context is the place; no approximate search can do better. */
const CERTAIN_CONTEXT = 0.9;
/** Mean context agreement of an exact copy that no approximate match elsewhere needs to be compared with. */
const LIKELY_CONTEXT = 0.75;

export interface LocateHints {
  /** The old position carried into this text (or the raw old position when nothing better is known). */
  expected?: PositionInput;
  /** Whether the quote occurred more than once in the text it was taken from (lazy: costs a scan). */
  wasRepeated?: () => boolean | undefined;
  /**
   * Where the quote's other copies in the old text (not the claim's own) are now, carried through the
   * changes like the expected position (lazy). A place that is one of them is another claim's text.
   */
  otherCopies?: () => number[];
}

/** A place within this distance of where another old copy of the quote now is (and nearer it than the expected position) is that copy. */
const OTHER_COPY_TOLERANCE = 8;

/**
 * Finds a quote in a prepared text with precision first: the place whose quote, context and
 * position together make the strongest case, if that case is strong and clearly better than any
 * other place; otherwise an orphan with the reason and the places a reviewer might pick.
 */
export function locateQuote(prepared: PreparedText, quote: QuoteInput, hints: LocateHints = {}): AnchorOutcome {
  const { text, folded } = prepared;
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return { placed: null, reason: "text_removed", suggestions: [] };
  const expected = hints.expected ? clampRange(text.length, hints.expected) : undefined;
  const context: ScoringContext = {
    folded,
    quote: foldTypography(exact),
    prefix: foldTypography(quote.prefix ?? ""),
    suffix: foldTypography(quote.suffix ?? ""),
    hint: expected?.start,
    hasContext: (quote.prefix ?? "") !== "" || (quote.suffix ?? "") !== "",
    rawPrefix: quote.prefix ?? "",
    rawSuffix: quote.suffix ?? "",
    text,
  };
  const byScore = compareCandidates(context.hint);
  const toResult = (c: ScoredCandidate): AnchorResult => {
    const sameText = text.slice(c.start, c.end) === exact;
    const atExpected = expected !== undefined && c.start === expected.start && c.end === expected.end;
    return { start: c.start, end: c.end, score: round(c.score), method: !sameText ? "fuzzy" : atExpected ? "position" : "exact" };
  };
  const placed = (c: ScoredCandidate): AnchorOutcome => ({ placed: toResult(c), reason: null, suggestions: [] });

  const facts: QuoteFacts = {
    length: context.quote.length,
    words: countWords(exact),
    wholeBlock: isWholeBlockQuote(quote),
    textLength: text.length,
    wasRepeated: once(hints.wasRepeated ?? (() => undefined)),
    gapDistance: null,
    otherCopiesSetAside: hints.otherCopies !== undefined && expected !== undefined,
    exactCopies: () => exactPlacesOnce().length,
  };
  let exactPlacesFound: Candidate[] | undefined;
  const exactPlacesOnce = () => (exactPlacesFound ??= exactCandidates(prepared, context).filter((c) => !isOtherCopy(c)));
  const otherCopies = once(hints.otherCopies ?? (() => []));
  /** Another old copy of the quote, carried to here: only asked when the quote was repeated and a place is expected. */
  const isOtherCopy = (c: Candidate): boolean => {
    if (expected === undefined || facts.wasRepeated() !== true) return false;
    const own = Math.abs(c.start - expected.start);
    return otherCopies().some((at) => {
      const d = Math.abs(c.start - at);
      return d <= OTHER_COPY_TOLERANCE && d < own;
    });
  };
  let exactsScored: ScoredCandidate[] | undefined;
  const scoredExacts = () => (exactsScored ??= exactPlacesOnce().map((c) => scoreCandidate(c, context)).sort(byScore));
  /** An early, confident place still needs position not to point clearly elsewhere. */
  const trusted = (c: ScoredCandidate) => !contradictedByPosition(c, scoredExacts(), facts);

  // The quote still at its expected position with most of its context: nothing elsewhere can make a clearly better case.
  if (expected && folded.startsWith(context.quote, expected.start) && isWholeCharacterRange(text, expected.start, expected.start + context.quote.length)) {
    const atPosition = scoreCandidate({ start: expected.start, end: expected.start + context.quote.length, errors: 0 }, context);
    // (Unless a word of the text now runs on past the quote's edge: then it is not the place as it was.)
    if (!atPosition.cutsWord && hasCertainContext(atPosition)) return placed(atPosition);
    if ((atPosition.contextSimilarity ?? 0) >= LIKELY_CONTEXT && hasEnoughEvidence(atPosition, facts)) return placed(atPosition);
  }

  const withContext = findWithWholeContext(prepared, context, facts, exactPlacesOnce, isOtherCopy);
  if (withContext && trusted(withContext)) return placed(withContext);
  const exactPlaces = exactPlacesOnce();

  const exacts = scoredExacts().filter((c) => !c.cutsWord);
  const [bestExact, secondExact] = exacts;
  const clearlyBest = bestExact !== undefined && (!secondExact || bestExact.score - secondExact.score >= 0.1);
  if (bestExact && clearlyBest && hasCertainContext(bestExact) && trusted(bestExact)) return placed(bestExact);
  // An exact copy with enough evidence and most of its context, near where it is expected or with its whole context: an approximate match elsewhere could not beat it clearly.
  if (
    bestExact &&
    clearlyBest &&
    (bestExact.contextSimilarity ?? 0) >= LIKELY_CONTEXT &&
    (hasIntactContext(bestExact) || (bestExact.distance !== null && bestExact.distance <= 2 * CONTEXT_LENGTH)) &&
    hasEnoughEvidence(bestExact, facts) &&
    trusted(bestExact)
  ) {
    return placed(bestExact);
  }

  const { candidates, gaps } = collectCandidates(prepared, context, expected?.end, exactPlaces);
  const ranked = candidates.filter((c) => !isOtherCopy(c)).map((c) => scoreCandidate(c, context)).sort(byScore);
  const gapDistance = expected === undefined || gaps.length === 0 ? null : Math.min(...gaps.map((g) => Math.abs(g.start - expected.start)));
  const judgement = judgeCandidates(ranked, { ...facts, gapDistance });
  if (judgement.accepted) return placed(judgement.accepted);
  const suggestions =
    judgement.reason === "text_removed" ? [] : distinctPlaces(ranked.filter((c) => c.quoteSimilarity >= 0.5 || hasIntactContext(c))).slice(0, MAX_SUGGESTIONS).map(toSuggestion);
  return { placed: null, reason: judgement.reason, suggestions };
}

/**
 * The quote with its whole old context around it, unchanged: the place, when there is one such
 * place (or one at the expected position while the others are far from it).
 */
function findWithWholeContext(
  prepared: PreparedText,
  context: ScoringContext,
  facts: QuoteFacts,
  exactPlaces: () => readonly Candidate[],
  isOtherCopy: (c: Candidate) => boolean,
): ScoredCandidate | undefined {
  if (!context.hasContext) return undefined;
  const whole = context.prefix + context.quote + context.suffix;
  const found: ScoredCandidate[] = [];
  for (const at of occurrencesOf(prepared, whole, 16)) {
    const start = at + context.prefix.length;
    const end = start + context.quote.length;
    // An empty side says the quote was at an end of its text; it must still be there.
    if (context.prefix === "" && prepared.folded.slice(0, start).trim() !== "") continue;
    if (context.suffix === "" && prepared.folded.slice(end).trim() !== "") continue;
    if (splitsSurrogatePair(prepared.text, start) || splitsSurrogatePair(prepared.text, end)) continue;
    if (isOtherCopy({ start, end, errors: 0 })) continue;
    found.push(scoreCandidate({ start, end, errors: 0 }, context));
  }
  if (found.length === 1) {
    const only = found[0]!;
    // Its twin elsewhere, with nearly the same context and nearer the expected position, may be the claim's own copy edited right at its edge.
    // (Only a place more than 128 units from the expected one can have such a twin: skip the search otherwise.)
    const twinNearer = only.distance !== null && only.distance > 128 && exactPlaces().some((c) => {
      if (c.start === only.start || only.distance === null) return false;
      const twin = scoreCandidate(c, context);
      const strongest = Math.max(twin.prefixSimilarity ?? 0, twin.suffixSimilarity ?? 0);
      return twin.distance !== null && twin.distance + 64 < only.distance / 2 && strongest >= 0.9;
    });
    return twinNearer ? undefined : only;
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
  const [nearest, next] = found;
  return nearest && next && decidedByPosition(nearest, next, facts) ? nearest : undefined;
}

/** The quote at a place where every side of its old context is (nearly) still around it. */
function hasCertainContext(c: ScoredCandidate): boolean {
  const sides = [c.prefixSimilarity, c.suffixSimilarity].filter((s): s is number => s !== null);
  return sides.length > 0 && sides.every((s) => s >= CERTAIN_CONTEXT);
}

function toSuggestion(c: ScoredCandidate): AnchorSuggestion {
  return { start: c.start, end: c.end, score: round(c.score) };
}

/** Best first, dropping places that overlap a better one. */
function distinctPlaces(ranked: readonly ScoredCandidate[]): ScoredCandidate[] {
  const kept: ScoredCandidate[] = [];
  for (const c of ranked) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept;
}

/** The quote's old context ends and starts at block boundaries (or at the ends of the text). */
function isWholeBlockQuote(quote: QuoteInput): boolean {
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  return (prefix === "" || prefix.endsWith("\n\n")) && (suffix === "" || suffix.startsWith("\n\n"));
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function once<T>(compute: () => T): () => T {
  let known: { value: T } | undefined;
  return () => (known ??= { value: compute() }).value;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The old position within the new text's bounds: it stays a useful hint when the text got shorter. */
function clampRange(length: number, position: PositionInput): PositionInput {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(length, Math.max(0, Math.round(n))) : 0);
  const start = clamp(position.start);
  return { start, end: Math.max(start, clamp(position.end)) };
}
