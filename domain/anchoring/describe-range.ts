import { splitsSurrogatePair } from "../text/canonical-text";
import { CONTEXT_LENGTH, type RangeDescription } from "./types";

/**
 * The W3C selectors for [start, end) of `text`. Prefix and suffix hold up to 32 UTF-16 units, one
 * fewer when the 32nd unit would cut a surrogate pair in half.
 * Throws a RangeError for a range outside the text, reversed, or splitting a surrogate pair.
 */
export function describeRange(text: string, start: number, end: number): RangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`Invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Range [${start}, ${end}) splits a surrogate pair`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
