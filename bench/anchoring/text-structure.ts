/** Paragraphs, sentences and words of a canonical text, with their offsets. */
export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  paragraph: number;
}

export function paragraphsOf(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (;;) {
    const found = text.indexOf("\n\n", start);
    const end = found === -1 ? text.length : found;
    if (end > start) ranges.push({ start, end });
    if (found === -1) return ranges;
    start = found + 2;
  }
}

const SENTENCE = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphsOf(text).forEach((p, index) => {
    for (const m of text.slice(p.start, p.end).matchAll(SENTENCE)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.length === 0) continue;
      const start = p.start + m.index + lead;
      sentences.push({ start, end: start + trimmed.length, paragraph: index });
    }
  });
  return sentences;
}

export function wordsIn(text: string, range: Range): Range[] {
  return [...text.slice(range.start, range.end).matchAll(/\S+/g)].map((m) => ({ start: range.start + m.index, end: range.start + m.index + m[0].length }));
}

/** A word range with trailing punctuation trimmed, as a reviewer would select it. */
export function trimPunctuation(text: string, range: Range): Range {
  let { start, end } = range;
  while (end > start && /[.,;:!?"”’)]/.test(text[end - 1] ?? "")) end--;
  while (start < end && /["“‘(>]/.test(text[start] ?? "")) start++;
  return { start, end };
}

export function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}
