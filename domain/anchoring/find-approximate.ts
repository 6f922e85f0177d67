import search from "approx-string-match";
import type { Candidate } from "./score-candidate";
import { votedStarts, type WordIndex } from "./word-index";

/**
 * Approximate occurrences of a (folded) quote in a (folded) text, by the bit-parallel algorithm of
 * approx-string-match. Its cost is O(n * k / 32) for k allowed errors, so long quotes are first
 * located by short probes (head, middle, tail) and only the regions they point at are searched
 * with the full error budget.
 */

/** The most edit distance an approximate match may have, as a share of the quote length. */
export const MAX_ERROR_RATE = 0.25;
const PROBE_LENGTH = 32;
const PROBE_MAX_ERRORS = 8;
/** A probe found more often than this is boilerplate and points nowhere in particular. */
const MAX_PROBE_HITS = 16;
const MAX_REGIONS = 12;
/** Quotes up to this length are searched directly: their error budget fits in one 32-bit word. */
const DIRECT_SEARCH_LENGTH = 96;
/** Beyond this many units a text is not scanned approximately as a whole for one quote. */
const LARGE_TEXT = 200_000;

export function maxErrorsFor(quote: string): number {
  return Math.floor(quote.length * MAX_ERROR_RATE);
}

/** Approximate matches inside folded[from, to), in whole-text offsets. */
export function searchRegion(folded: string, quote: string, from: number, to: number): Candidate[] {
  const start = Math.max(0, from);
  const end = Math.min(folded.length, to);
  if (end - start <= 0) return [];
  return search(folded.slice(start, end), quote, maxErrorsFor(quote)).map((m) => ({
    start: m.start + start,
    end: m.end + start,
    errors: m.errors,
  }));
}

/**
 * Approximate matches anywhere in the text: in the regions its words vote for when it has enough
 * words, else by scanning (directly, or with probes for a long quote).
 */
export function searchEverywhere(folded: string, quote: string, wordIndex: () => WordIndex): Candidate[] {
  const budget = maxErrorsFor(quote);
  const voted = votedStarts(wordIndex(), quote);
  const large = folded.length > LARGE_TEXT;
  if (voted === null && quote.length <= DIRECT_SEARCH_LENGTH && !large) return searchRegion(folded, quote, 0, folded.length);
  const regions = voted ?? (large ? exactChunkStarts(folded, quote) : probeRegionStarts(folded, quote));
  const found: Candidate[] = [];
  for (const estimatedStart of regions) {
    found.push(...searchRegion(folded, quote, estimatedStart - budget - PROBE_LENGTH, estimatedStart + quote.length + budget + PROBE_LENGTH));
  }
  return found;
}

/**
 * In a large text, where scanning it approximately for every lost quote costs too much: the places
 * where a piece of the quote occurs exactly (one of three pieces survives up to two edits).
 */
function exactChunkStarts(folded: string, quote: string): number[] {
  const size = Math.max(8, Math.floor(quote.length / 3));
  const estimates: number[] = [];
  for (let offset = 0; offset + size <= quote.length && estimates.length <= MAX_REGIONS; offset += size) {
    const chunk = quote.slice(offset, offset + size);
    const hits: number[] = [];
    for (let at = folded.indexOf(chunk); at !== -1 && hits.length <= MAX_PROBE_HITS; at = folded.indexOf(chunk, at + 1)) hits.push(at - offset);
    if (hits.length <= MAX_PROBE_HITS) estimates.push(...hits);
  }
  return [...new Set(estimates)].slice(0, MAX_REGIONS);
}

function probeRegionStarts(folded: string, quote: string): number[] {
  const offsets = [0, Math.floor((quote.length - PROBE_LENGTH) / 2), quote.length - PROBE_LENGTH];
  const estimates: number[] = [];
  for (const offset of offsets) {
    const hits = search(folded, quote.slice(offset, offset + PROBE_LENGTH), PROBE_MAX_ERRORS);
    if (hits.length > MAX_PROBE_HITS) continue;
    for (const hit of hits) estimates.push(hit.start - offset);
  }
  estimates.sort((a, b) => a - b);
  const merged: number[] = [];
  for (const estimate of estimates) {
    const last = merged[merged.length - 1];
    if (last === undefined || estimate - last > PROBE_LENGTH) merged.push(estimate);
  }
  return merged.slice(0, MAX_REGIONS);
}
