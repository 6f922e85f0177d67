/**
 * Snaps a selection to whole words: a start inside a word moves back to the word's start, an
 * end inside a word moves forward to its end, and surrounding whitespace is trimmed away.
 * Never splits a surrogate pair.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’\-_]/u;

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function isLowSurrogate(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0xdc00 && c <= 0xdfff;
}

export function snapToWordBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (s === e) return { start: s, end: e };
  while (s > 0 && WORD_CHAR.test(charAt(text, s)) && WORD_CHAR.test(text[s - 1] ?? "")) s--;
  while (e < text.length && WORD_CHAR.test(text[e - 1] ?? "") && WORD_CHAR.test(charAt(text, e))) e++;
  if (s > 0 && isLowSurrogate(text, s)) s--;
  if (e < text.length && isLowSurrogate(text, e)) e++;
  return { start: s, end: e };
}
