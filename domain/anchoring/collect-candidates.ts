import { findExactOccurrences } from "./find-exact";
import { maxErrorsFor, searchEverywhere, searchRegion } from "./find-approximate";
import { occurrencesOf, type PreparedText } from "./prepared-text";
import type { Candidate, ScoringContext } from "./score-candidate";
import { snapOutward } from "./surrogates";

/**
 * Every place a quote might now be, from independent kinds of evidence, so that the best one can
 * be compared with its runner-up: exact copies, the best approximate match near the expected
 * position, the text right after its old prefix or right before its old suffix (wherever those
 * now are), and the regions the quote's words vote for.
 */

/** Approximate matching looks this far around the expected position. */
const MIN_WINDOW_MARGIN = 1024;
/** The context probe: this many units of the prefix's end or the suffix's start, found exactly. */
const PROBE_LENGTH = 16;
const MIN_PROBE_LENGTH = 8;
/** A context probe found more often than this is boilerplate and points nowhere in particular. */
const MAX_PROBE_HITS = 8;
/** Quotes shorter than this are never searched for approximately across the whole text: they need their context. */
const SEARCH_EVERYWHERE_LENGTH = 24;

export interface CollectedCandidates {
  candidates: Candidate[];
  /**
   * Places where the old prefix is now directly followed by the old suffix (nothing, or only
   * other text, between them): the claim's text was cut from there.
   */
  gaps: Candidate[];
}

export function exactCandidates(prepared: PreparedText, context: ScoringContext): Candidate[] {
  return findExactOccurrences(prepared, context.quote, context.hint).map((c) => ({ ...snapOutward(prepared.text, c.start, c.end), errors: 0 }));
}

export function collectCandidates(prepared: PreparedText, context: ScoringContext, hintEnd: number | undefined, exacts: readonly Candidate[]): CollectedCandidates {
  const { folded, text } = prepared;
  const quote = context.quote;
  const found: Candidate[] = [...exacts, ...exacts.flatMap((c) => widenedToWholeWords(folded, context, c) ?? [])];
  const tidy = (cs: Candidate[]) => cs.map((c) => tidyRange(text, quote, c));

  if (context.hint !== undefined) {
    const margin = Math.max(MIN_WINDOW_MARGIN, 2 * quote.length);
    found.push(...tidy(searchRegion(folded, quote, context.hint - margin, (hintEnd ?? context.hint) + margin)));
  }

  const budget = maxErrorsFor(quote);
  const prefixEnds = probeEnds(prepared, context.prefix.slice(-PROBE_LENGTH));
  const suffixStarts = probeStarts(prepared, context.suffix.slice(0, PROBE_LENGTH));
  for (const at of prefixEnds) found.push(...tidy(searchRegion(folded, quote, at, at + quote.length + budget + 2)));
  for (const at of suffixStarts) found.push(...tidy(searchRegion(folded, quote, at - quote.length - budget - 2, at)));

  const gaps: Candidate[] = [];
  for (const from of prefixEnds) {
    for (const to of suffixStarts) {
      // The separator between them may now be shared (a sentence cut with its space, a block with its blank line).
      if (to < from - 4 || to - from > 3 * quote.length + 64) continue;
      if (to <= from) {
        gaps.push({ start: from, end: from, errors: quote.length });
        continue;
      }
      const between = tidyRange(text, quote, { start: from, end: to, errors: 0 });
      const errors = boundedDistance(quote, folded.slice(between.start, between.end), quote.length);
      const candidate = { ...between, errors };
      if (between.end - between.start < Math.max(2, quote.length / 4)) gaps.push(candidate);
      else found.push(candidate);
    }
  }

  if (quote.length >= SEARCH_EVERYWHERE_LENGTH) found.push(...tidy(searchEverywhere(folded, quote, prepared.wordIndex)));
  return { candidates: dedupe(found), gaps };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string | undefined) => c !== undefined && WORD_CHARACTER.test(c);
/** A word is widened by at most this many units each side (an edited ending, not a different word). */
const MAX_WIDENING = 6;

/**
 * An exact copy that now sits inside a longer word ("cat" in "cats") although the quote was whole
 * words: the whole word, as an approximate match of the quote (the word was edited).
 */
function widenedToWholeWords(folded: string, context: ScoringContext, c: Candidate): Candidate | undefined {
  const { quote, prefix, suffix } = context;
  let { start, end } = c;
  if (!isWordCharacter(prefix[prefix.length - 1]) && isWordCharacter(quote[0])) while (start > c.start - MAX_WIDENING && isWordCharacter(folded[start - 1])) start--;
  if (!isWordCharacter(suffix[0]) && isWordCharacter(quote[quote.length - 1])) while (end < c.end + MAX_WIDENING && isWordCharacter(folded[end])) end++;
  if ((start === c.start && end === c.end) || isWordCharacter(folded[start - 1]) || isWordCharacter(folded[end])) return undefined;
  return { ...snapOutward(context.text, start, end), errors: c.start - start + (end - c.end) };
}

function probeEnds(prepared: PreparedText, probe: string): number[] {
  return probeHits(prepared, probe).map((at) => at + probe.length);
}

function probeStarts(prepared: PreparedText, probe: string): number[] {
  return probeHits(prepared, probe);
}

function probeHits(prepared: PreparedText, probe: string): number[] {
  if (probe.trim().length < MIN_PROBE_LENGTH) return [];
  const hits = occurrencesOf(prepared, probe, MAX_PROBE_HITS);
  return hits.length > MAX_PROBE_HITS ? [] : hits;
}

/** Drops whitespace the quote does not have at its ends, and never leaves half a surrogate pair. */
export function tidyRange(text: string, quote: string, candidate: Candidate): Candidate {
  let { start, end } = candidate;
  if (!/^\s/.test(quote)) while (start < end && /\s/.test(text[start] ?? "")) start++;
  if (!/\s$/.test(quote)) while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { ...snapOutward(text, start, end), errors: candidate.errors };
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const key = `${c.start}:${c.end}`;
    const known = seen.get(key);
    if (!known || c.errors < known.errors) seen.set(key, c);
  }
  return [...seen.values()];
}

/** Edit distance of two strings, giving up (returning `limit`) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  if (a.length * b.length > 4_000_000) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j - 1] ?? 0) + (ac === b.charCodeAt(j - 1) ? 0 : 1), (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(limit, previous[b.length] ?? limit);
}
