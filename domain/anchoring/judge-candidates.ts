import type { ScoredCandidate } from "./score-candidate";
import type { OrphanReason } from "./types";

/**
 * When a place is trustworthy enough to attach a claim to. A claim on the wrong sentence misleads
 * readers; an orphan only costs a reviewer one click. So a place is taken only when the quote
 * itself matches well, its context agrees (short quotes say too little on their own), and it
 * clearly beats every other place the quote could be.
 */

export interface QuoteFacts {
  /** Length of the (folded) quote in UTF-16 units. */
  length: number;
  words: number;
  /** The quote was a whole block (a paragraph, a heading): its context is other blocks, which may move independently. */
  wholeBlock: boolean;
  textLength: number;
  /** Whether the quote occurred more than once in the text it was taken from; unknown when that text is not given. */
  wasRepeated: () => boolean | undefined;
  /**
   * Distance from the expected position to the nearest place where the old prefix is now directly
   * followed by the old suffix (the quote was cut from there), or null when there is none.
   */
  gapDistance: number | null;
  /** The quote's other old copies were carried into the new text and set aside: what remains is the claim's own copy or none. */
  otherCopiesSetAside: boolean;
  /** How many exact copies of the quote the new text holds (lazy: costs a search). */
  exactCopies: () => number;
}

export type Judgement = { accepted: ScoredCandidate; reason: null } | { accepted: null; reason: OrphanReason };

type Size = "short" | "medium" | "long";

/** How much better than the runner-up the chosen place must score. */
const MARGIN = 0.06;
/** Context agreement of unrelated text is around 0.4–0.5; these are well above it. */
const STRONG_SIDE = 0.85;
/** Within this distance a place is at the expected position (an old position carried through unchanged text). */
const AT_EXPECTED = 8;
/** A side of the context this similar is unchanged but for a typo. */
const INTACT_SIDE = 0.9;
/** Between an intact prefix and suffix, a quote this similar is the same words edited (typos), not a rewrite. */
const EDITED_IN_PLACE = 0.6;
/** A block this long is rarely repeated word for word (boilerplate lines are shorter). */
const LONG_BLOCK = 160;
/** Between an intact prefix and suffix, an edited quote must keep this share of its words (typos, not a rewrite). */
const WORDS_KEPT_IN_PLACE = 2 / 3;

export function sizeOf(facts: Pick<QuoteFacts, "length" | "words">): Size {
  if (facts.words <= 3 || facts.length < 20) return "short";
  if (facts.words >= 6 && facts.length >= 36) return "long";
  return "medium";
}

/** The least quote similarity a place needs, whatever its context. */
export function minimumQuoteSimilarity(size: Size): number {
  return size === "short" ? 0.85 : size === "medium" ? 0.8 : 0.75;
}

/** Near enough to the expected position that position counts as evidence. */
function isNear(candidate: ScoredCandidate, facts: Pick<QuoteFacts, "length" | "textLength">): boolean {
  return candidate.distance !== null && candidate.distance <= 64 + Math.max(facts.length, 0.01 * facts.textLength);
}

/**
 * Within the distance edits elsewhere usually shift a quote by (a few inserted or deleted sentences
 * or paragraphs before it): a place farther than this from the expected position is somewhere else.
 */
function withinDrift(candidate: ScoredCandidate, facts: Pick<QuoteFacts, "length" | "textLength">): boolean {
  return candidate.distance !== null && candidate.distance <= 512 + facts.length + 0.05 * facts.textLength;
}

/** Prefix and suffix both (nearly) unchanged around this place. */
export function hasIntactContext(c: ScoredCandidate): boolean {
  return c.prefixSimilarity !== null && c.suffixSimilarity !== null && Math.min(c.prefixSimilarity, c.suffixSimilarity) >= INTACT_SIDE;
}

/**
 * Text close enough to the quote to be it: within the error budget for its size, or, between its
 * intact prefix and suffix, still recognisably the same words (a short quote with a typo or two).
 */
function isPlausible(c: ScoredCandidate, size: Size): boolean {
  if (c.cutsWord) return false;
  return c.quoteSimilarity >= minimumQuoteSimilarity(size) || (hasIntactContext(c) && c.quoteSimilarity >= EDITED_IN_PLACE && c.wordsKept >= WORDS_KEPT_IN_PLACE);
}

/**
 * A whole block (paragraph, heading) that was unique in the old text and is unique in the new one,
 * still a whole block, word for word: it moved, whatever now surrounds it.
 */
function isMovedUniqueBlock(c: ScoredCandidate, facts: QuoteFacts): boolean {
  return facts.wholeBlock && c.isWholeBlock && c.quoteSimilarity === 1 && facts.exactCopies() === 1 && facts.wasRepeated() === false;
}

/**
 * The quote was cut from where it was expected (its old prefix now runs into its old suffix there),
 * and this place, farther away, is not surrounded by its old context: more likely another copy than
 * the claim's own text, unless the old text held the quote only once.
 */
function isCopyOfCutText(c: ScoredCandidate, facts: QuoteFacts): boolean {
  if (facts.gapDistance === null || c.distance === null || facts.gapDistance >= c.distance) return false;
  if (hasIntactContext(c) || (facts.wholeBlock && facts.length >= LONG_BLOCK)) return false;
  return facts.wasRepeated() !== false;
}

/**
 * Position contradicts the place chosen by text and context: another place with the quote and one
 * intact side of its old context lies much nearer where the quote is expected, while the chosen
 * one is far from it. Two independent signals disagree: the claim is not placed.
 */
export function contradictedByPosition(chosen: ScoredCandidate, others: readonly ScoredCandidate[], facts: QuoteFacts): boolean {
  const far = chosen.distance;
  if (far === null || isNear(chosen, facts)) return false;
  const size = sizeOf(facts);
  return others.some(
    (o) =>
      o.distance !== null &&
      (o.end <= chosen.start || o.start >= chosen.end) &&
      !o.cutsWord &&
      o.quoteSimilarity >= minimumQuoteSimilarity(size) &&
      Math.max(o.prefixSimilarity ?? 0, o.suffixSimilarity ?? 0) >= INTACT_SIDE &&
      4 * o.distance + 64 < far,
  );
}

/** Whether this place alone has enough evidence, before comparing it with the others. */
export function hasEnoughEvidence(candidate: ScoredCandidate, facts: QuoteFacts): boolean {
  const size = sizeOf(facts);
  const q = candidate.quoteSimilarity;
  if (!isPlausible(candidate, size)) return false;
  if (isCopyOfCutText(candidate, facts)) return false;
  if (q < minimumQuoteSimilarity(size)) return true; // edited in place, between its intact context
  if (isMovedUniqueBlock(candidate, facts)) return true;
  const sides = [candidate.prefixSimilarity, candidate.suffixSimilarity].filter((s): s is number => s !== null);
  const context = candidate.contextSimilarity;
  const strongest = Math.max(0, ...sides);
  const weakest = Math.min(1, ...sides);
  // No context was recorded (a caller with the quote alone): the quote must speak for itself.
  if (context === null) return size === "long" ? q >= 0.9 : q === 1;
  // Exact, near where it is expected, not cut from its old place, and not one of several copies before.
  const exactNearby = q === 1 && candidate.distance !== null && candidate.distance <= AT_EXPECTED && facts.gapDistance === null && facts.wasRepeated() !== true;
  const bothSides = sides.length === 2 && weakest >= 0.7 && context >= 0.8;
  // A quote that was there several times is told apart by its context on both sides, not one; or, once its other copies
  // are set aside, by being word for word where its own copy is expected with one side of its context intact.
  // Once the other copies are set aside and one copy is left, it is the claim's own: no longer a repeated quote.
  if (facts.wasRepeated() === true && !(facts.otherCopiesSetAside && facts.exactCopies() === 1)) {
    const ownCopyInPlace = facts.otherCopiesSetAside && q === 1 && candidate.distance !== null && candidate.distance <= AT_EXPECTED && strongest >= INTACT_SIDE;
    return bothSides || ownCopyInPlace || (sides.length === 1 && strongest >= STRONG_SIDE && q === 1);
  }
  // One side intact, the other changed: the other side must not contradict it, or the place must be the expected one.
  const otherSideIsABlockBreak =
    (candidate.prefixSimilarity === strongest && candidate.suffixAtBoundary) || (candidate.suffixSimilarity === strongest && candidate.prefixAtBoundary);
  const otherSideAgrees = sides.length === 1 || otherSideIsABlockBreak || isNear(candidate, facts);
  const oneSide = strongest >= STRONG_SIDE && (otherSideAgrees || weakest >= 0.5);
  if (size === "short") {
    // A few words far from where they were expected, with one side of their context changed, and other copies of them around: nothing tells which copy.
    if (candidate.distance !== null && !withinDrift(candidate, facts) && !hasIntactContext(candidate) && (facts.exactCopies() > 1 || facts.wasRepeated() === true)) return false;
    if (q < 1) return weakest >= 0.8 && context >= 0.9;
    return bothSides || (strongest >= 0.9 && otherSideAgrees);
  }
  if (size === "medium") return bothSides || context >= 0.7 || (q >= 0.95 && oneSide) || exactNearby;
  if (context >= 0.65 || oneSide) return true;
  // A long quote whose context changed on both sides: a moved paragraph, or a copy of a deleted one.
  if (q < 0.95) return false;
  // A whole block (paragraph) moved elsewhere keeps none of its context; only a long block is unlikely to be a copy.
  return exactNearby || (facts.wholeBlock && facts.length >= LONG_BLOCK);
}

/** `ranked` is best first. */
export function judgeCandidates(ranked: readonly ScoredCandidate[], facts: QuoteFacts): Judgement {
  const size = sizeOf(facts);
  const plausible = ranked.filter((c) => isPlausible(c, size));
  // A place whose text is too far from the quote is never chosen, however well its context agrees.
  const first = plausible[0];
  // Of overlapping readings of one place, the one exactly between the intact prefix and suffix has the right bounds.
  const best =
    (first && first.quoteSimilarity < 1
      ? plausible.find((c) => c.start < first.end && c.end > first.start && hasIntactContext(c) && c.quoteSimilarity >= first.quoteSimilarity - 0.1)
      : undefined) ?? first;
  const rivals = (c: ScoredCandidate) => plausible.filter((o) => o !== c && (o.end <= c.start || o.start >= c.end));

  if (best && hasEnoughEvidence(best, facts)) {
    if (contradictedByPosition(best, plausible, facts)) return { accepted: null, reason: "ambiguous" };
    const runnerUp = rivals(best)[0];
    if (!runnerUp || best.score - runnerUp.score >= MARGIN || decidedByPosition(best, runnerUp, facts)) return { accepted: best, reason: null };
    return { accepted: null, reason: "ambiguous" };
  }
  const distinctPlausible = plausible.filter((c, i) => plausible.findIndex((o) => o.start < c.end && c.start < o.end) === i);
  if (distinctPlausible.length >= 2) return { accepted: null, reason: "ambiguous" };
  // Something else now stands between its old prefix and suffix, or similar words remain: changed, not removed.
  if (plausible.length > 0 || ranked.some((c) => c.quoteSimilarity >= 0.5 || hasIntactContext(c))) return { accepted: null, reason: "text_changed" };
  return { accepted: null, reason: "text_removed" };
}

/**
 * Two places equally good by text and context: the one at the expected position, if the other is
 * far from it (the expected position itself may be off by the length of the edits before it).
 */
export function decidedByPosition(best: ScoredCandidate, runnerUp: ScoredCandidate, facts: Pick<QuoteFacts, "length" | "textLength">): boolean {
  if (best.distance === null || runnerUp.distance === null) return false;
  if (best.score < runnerUp.score - 0.001) return false;
  if (best.distance <= 8 && runnerUp.distance > 64 + facts.length) return true;
  return isNear(best, facts) && runnerUp.distance > 4 * best.distance + 256 + facts.length;
}
