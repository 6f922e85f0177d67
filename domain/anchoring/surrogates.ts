import { splitsSurrogatePair } from "../text/canonical-text";

/** Widens [start, end) so that neither end falls inside a surrogate pair (the whole character is kept). */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

/** True when neither offset splits a surrogate pair. */
export function isWholeCharacterRange(text: string, start: number, end: number): boolean {
  return !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
}
