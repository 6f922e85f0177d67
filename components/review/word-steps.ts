/**
 * Moving a claim's edges one word at a time, in the browser; the server snaps the result to
 * whole words again, so these only need to land inside the right word.
 */

const WORD = /[\p{L}\p{M}\p{N}'’\-_]/u;
const isWord = (text: string, index: number) => WORD.test(text[index] ?? "");

/** The end of the next word after `end` (extend the end by a word). */
export function nextWordEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && !isWord(text, i)) i++;
  while (i < text.length && isWord(text, i)) i++;
  return i;
}

/** The end of the word before the last word ending at `end` (shrink the end by a word). */
export function previousWordEnd(text: string, end: number, start: number): number {
  let i = end;
  while (i > start && !isWord(text, i - 1)) i--;
  while (i > start && isWord(text, i - 1)) i--;
  while (i > start && !isWord(text, i - 1)) i--;
  return i;
}

/** The start of the word before `start` (extend the start by a word). */
export function previousWordStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && !isWord(text, i - 1)) i--;
  while (i > 0 && isWord(text, i - 1)) i--;
  return i;
}

/** The start of the second word at or after `start` (shrink the start by a word). */
export function nextWordStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && !isWord(text, i)) i++;
  while (i < end && isWord(text, i)) i++;
  while (i < end && !isWord(text, i)) i++;
  return i;
}

/** The words of a span with their offsets, for choosing where to split. */
export function wordsOf(text: string, start: number, end: number): Array<{ start: number; word: string }> {
  const words: Array<{ start: number; word: string }> = [];
  let i = start;
  while (i < end) {
    while (i < end && !isWord(text, i)) i++;
    const wordStart = i;
    while (i < end && isWord(text, i)) i++;
    if (i > wordStart) words.push({ start: wordStart, word: text.slice(wordStart, i) });
  }
  return words;
}
