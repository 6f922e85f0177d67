import { locateQuote, type LocateHints } from "./locate-quote";
import { mapOffsets, type OffsetMap } from "./map-offsets";
import { prepareTextCached, type PreparedText } from "./prepared-text";
import type { AnchorOptions, AnchorOutcome, AnchorResult, PositionInput, QuoteInput } from "./types";

/**
 * Finds `quote` in `text`, precision first: the place whose quote, context and position make a
 * strong case that clearly beats any other place; else null, an orphan (see anchorOutcome for why).
 * `position` is where the quote was; with `options.previousText` (the text it was taken from) it is
 * carried through the changes between the two texts first.
 */
export function anchorQuote(text: string, quote: QuoteInput, position?: PositionInput, options?: AnchorOptions): AnchorResult | null {
  return anchorOutcome(text, quote, position, options).placed;
}

/** anchorQuote with the reason for an orphan and the places a reviewer might re-attach it to. */
export function anchorOutcome(text: string, quote: QuoteInput, position?: PositionInput, options?: AnchorOptions): AnchorOutcome {
  const previousText = options?.previousText;
  const toNew = previousText === undefined ? undefined : offsetMapCached(previousText, text);
  return locateQuote(prepareTextCached(text), quote, hintsFor(quote, position, previousText, toNew));
}

/** anchorQuote on a text prepared once for many quotes. */
export function anchorInPreparedText(prepared: PreparedText, quote: QuoteInput, position?: PositionInput): AnchorResult | null {
  return locateQuote(prepared, quote, { expected: position }).placed;
}

/** The hints for one quote: its old position carried into the new text, and whether it was repeated in the old one. */
export function hintsFor(quote: QuoteInput, position: PositionInput | undefined, previousText: string | undefined, toNew: OffsetMap | undefined): LocateHints {
  const expected = position && toNew ? { start: toNew(position.start), end: toNew(position.start) + (position.end - position.start) } : position;
  if (previousText === undefined) return { expected };
  return {
    expected,
    wasRepeated: () => occursTwice(previousText, quote.exact),
    otherCopies: () => (position && toNew ? otherOccurrences(previousText, quote.exact, position.start).map(toNew) : []),
  };
}

/** Where else than at `own` the old text held `part` (none when `part` is not at `own`: then the claim's own copy is unknown). */
function otherOccurrences(text: string, part: string, own: number): number[] {
  if (part.length === 0 || !text.startsWith(part, own)) return [];
  const others: number[] = [];
  for (let at = text.indexOf(part); at !== -1 && others.length < MAX_OTHER_COPIES; at = text.indexOf(part, at + 1)) if (at !== own) others.push(at);
  return others;
}

/** Beyond this many other copies a quote is too common for their places to matter. */
const MAX_OTHER_COPIES = 64;

function occursTwice(text: string, part: string): boolean {
  const first = text.indexOf(part);
  return first !== -1 && text.indexOf(part, first + 1) !== -1;
}

let lastMap: { from: string; to: string; map: OffsetMap } | undefined;

function offsetMapCached(from: string, to: string): OffsetMap {
  if (lastMap?.from !== from || lastMap.to !== to) lastMap = { from, to, map: mapOffsets(from, to) };
  return lastMap.map;
}
