/**
 * Sentence segmentation over the canonical text: `Intl.Segmenter` finds the candidate
 * breaks, then breaks after common abbreviations ("Dr.", "et al.", "e.g.", a middle
 * initial) are undone. Sentences never cross a block boundary.
 */

export interface SentenceSpan {
  /** [start, end) in UTF-16 code units of the canonical text, whitespace trimmed out. */
  start: number;
  end: number;
  text: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Titles and short forms that end in a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  "al", "approx", "ca", "cf", "co", "dept", "dr", "e.g", "eg", "fig", "figs", "i.e", "ie", "inc", "jr",
  "mr", "mrs", "ms", "no", "nos", "p", "pp", "prof", "sr", "st", "vol", "vs", "ed", "eds", "ref", "refs",
]);

let cachedSegmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  return cachedSegmenter;
}

export function segmentSentences(text: string, blocks?: readonly TextRange[]): SentenceSpan[] {
  const ranges = blocks ?? paragraphRanges(text);
  const sentences: SentenceSpan[] = [];
  for (const range of ranges) {
    for (const span of segmentRange(text, range.start, range.end)) {
      sentences.push({ ...span, text: text.slice(span.start, span.end) });
    }
  }
  return sentences;
}

/** Without block structure, a blank line separates blocks (the canonical text's rule). */
function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\n[\t \u00a0]*\n/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

function segmentRange(text: string, rangeStart: number, rangeEnd: number): TextRange[] {
  const blockText = text.slice(rangeStart, rangeEnd);
  const spans: TextRange[] = [];
  for (const segment of sentenceSegmenter().segment(blockText)) {
    const trimmed = trimRange(blockText, segment.index, segment.index + segment.segment.length);
    if (!trimmed) continue;
    const previous = spans[spans.length - 1];
    if (previous && endsWithAbbreviation(blockText.slice(previous.start, previous.end), blockText.slice(trimmed.start, trimmed.end))) {
      previous.end = trimmed.end;
    } else {
      spans.push(trimmed);
    }
  }
  return spans.map((span) => ({ start: rangeStart + span.start, end: rangeStart + span.end }));
}

function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * True when `sentence` was cut after an abbreviation rather than at a real sentence end.
 * A line break between the two always stays a break.
 */
export function endsWithAbbreviation(sentence: string, next: string): boolean {
  if (!sentence.endsWith(".")) return false;
  const lastWord = /(\S+)\.$/.exec(sentence)?.[1];
  if (lastWord === undefined) return false;
  const bare = lastWord.replace(/^[("'“‘[]+/, "");
  if (ABBREVIATIONS.has(bare.toLowerCase())) return !lacksRequiredNumber(bare, next);
  // U.S., a.m., i.e. written with inner periods
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true;
  // A middle initial: "Weston A. Price"; not "vitamin D." which ends on a lower-case word.
  if (/^[A-Z]$/.test(bare)) return /(?:^|\s)[A-Z][\p{Ll}'’-]+\s[A-Z]\.$/u.test(sentence) && /^[A-Z]/.test(next);
  return false;
}

/** "No." and "p." are only abbreviations when a number follows ("No. 5", "p. 12"). */
function lacksRequiredNumber(abbreviation: string, next: string): boolean {
  const needsNumber = ["no", "nos", "p", "pp"].includes(abbreviation.toLowerCase());
  return needsNumber && !/^\d/.test(next);
}
