import fc from "fast-check";
import { canonicalText } from "../canonical-text";

/**
 * Random article-like text: words from Latin, Hebrew, Arabic and CJK scripts, emoji and other
 * astral characters, combining marks, punctuation, CRLF and blank lines, run through canonicalText.
 */
const pieces = [
  "the", "vitamin", "calcium", "K2", "arteries", "only", "every", "40%", "(2019)",
  "שלום", "עולם", "مرحبا", "بالعالم", "維生素", "钙化",
  "😀", "🎉", "👩‍👩‍👧", "𝒳", "𓀀",
  "e\u0301", "a\u0308\u0323", "q\u0301",
  "“quoted”", "it’s", "—", ",", ".", "?",
];
const separators = [" ", " ", " ", "  ", "\r\n", "\n", "\r\n\r\n", "\n\n\n"];

export const rawArticleArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { minLength: 20, maxLength: 300 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

export const articleArbitrary = rawArticleArbitrary.map(canonicalText).filter((text) => text.length >= 40);

/** Random text for insertions, in the same vocabulary. */
export const insertionArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "\n\n")), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

/** Moves an offset off the middle of a surrogate pair (to the pair's start). */
export function wholeCharacterOffset(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  const previous = text.charCodeAt(offset - 1);
  const isLow = code >= 0xdc00 && code <= 0xdfff;
  const previousIsHigh = previous >= 0xd800 && previous <= 0xdbff;
  return offset > 0 && offset < text.length && isLow && previousIsHigh ? offset - 1 : offset;
}

/** A non-empty span [start, end) of `text` given two fractions, never splitting a surrogate pair. */
export function spanAt(text: string, a: number, b: number, minLength = 1): { start: number; end: number } | null {
  const start = wholeCharacterOffset(text, Math.floor(Math.min(a, b) * text.length));
  const end = wholeCharacterOffset(text, Math.floor(Math.max(a, b) * text.length));
  return end - start >= minLength ? { start, end } : null;
}

export function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}
