import { NEGATION_WORDS, STOP_WORDS } from "./stop-words";
import { stemWord } from "./stem-word";
import { splitJoinedWord, type WordCost } from "./split-joined-words";

/** A text reduced to what the matching features compare. */
export interface AnalyzedText {
  /** Content-word stems in order (stop words dropped), for BM25 and word n-grams. */
  stems: string[];
  /** Numbers as digits ("1,000" -> "1000", "70%" -> "70"). */
  numbers: Set<string>;
  /** Lower-cased capitalized words and acronyms not opening a sentence: names, places, organizations. */
  entities: Set<string>;
  /** Whether the text says "not", "never", "false", ... */
  negated: boolean;
  /** Character 4-grams of the content words (with word-boundary marks), for spelling and morphology variants. */
  charGrams: Set<string>;
  /** Pairs of adjacent content stems. */
  bigrams: Set<string>;
  /** The distinct content words, lower-cased and unstemmed (what word vectors are looked up by). */
  words: string[];
  /** Lower-cased acronyms written in capitals ("SOTU", "AOC", "POTUS"). */
  acronyms: Set<string>;
  /** Lower-cased initials of runs of 2 to 6 words opening on a capital ("State of the Union" -> "sotu", "Alexandria Ocasio-Cortez" -> "aoc"). */
  initialisms: Set<string>;
}

/** Links, also when glued to the word before them ("#redwavepic.twitter.com/…", "#Trumphttps://…"). */
const URL_PATTERN = /(?:https?:\/\/|\bwww\.|pic\.twitter\.com\/)\S*/gi;
/** A tweet's trailing signature as copied from an embed: "— Name (@handle) January 14, 2020". */
/** The date closing a tweet's embed signature: "— Name (@handle) January 14, 2020". */
const SIGNATURE_DATE_PATTERN = /(\(@\w+\))\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*"?\s*$/;
const HANDLE_PATTERN = /@(\w+)/g;
const HASHTAG_PATTERN = /#(\w+)/g;
const CHAR_GRAM = 4;
const MAX_INITIALISM_WORDS = 6;

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SPELLED_NUMBER = new RegExp(`\\b(?:(${TENS.join("|")})(?:[- ](${UNITS.join("|")}))?|(${[...UNITS.slice(1), ...TEENS].join("|")}))\\b`, "gi");

/** Numbers written as words, as digits ("ten times" -> 10, "twenty-five" -> 25). "One" alone is left out: mostly a pronoun. */
function spelledNumbers(text: string): string[] {
  return [...text.matchAll(SPELLED_NUMBER)].map(([, tens, unit, small]) => {
    if (small) return String([...UNITS, ...TEENS].indexOf(small.toLowerCase()) + 1);
    return String((TENS.indexOf((tens as string).toLowerCase()) + 2) * 10 + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0));
  });
}

/** Initials of every run of 2..6 words that opens on a capital and holds no number ("State of the Union" -> "sotu"). */
function initialismsOf(words: readonly string[], into: Set<string>): void {
  words.forEach((first, start) => {
    if (!/^\p{Lu}/u.test(first)) return;
    let initials = "";
    for (let i = start; i < words.length && i < start + MAX_INITIALISM_WORDS; i++) {
      const word = words[i] as string;
      if (!/^\p{L}/u.test(word)) return;
      initials += word[0]!.toLowerCase();
      if (initials.length >= 2) into.add(initials);
    }
  });
}

/**
 * Removes what a social-media post carries besides its claim (links, @handles, the embed
 * signature) and splits #CamelCaseHashtags into words. Given a dictionary (`wordCost`), a
 * hashtag or handle that runs lower-case words together is followed by its words as well
 * ("#cornflakes" -> "cornflakes corn flakes"): the joined form is kept in case it is a name.
 */
export function cleanClaimText(text: string, wordCost?: WordCost): string {
  const words = (tag: string) => {
    const split = splitCamelCase(tag);
    if (!wordCost) return split;
    const joined = split.split(" ").flatMap((part) => splitJoinedWord(part, wordCost) ?? []);
    return joined.length ? `${split} ${joined.join(" ")}` : split;
  };
  return text
    .replace(SIGNATURE_DATE_PATTERN, "$1 ")
    .replace(URL_PATTERN, " ")
    .replace(HANDLE_PATTERN, (_, name: string) => ` ${words(name)} `)
    .replace(HASHTAG_PATTERN, (_, tag: string) => ` ${words(tag)} `)
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** "AustralianFires" -> "Australian Fires", "realDonaldTrump" -> "real Donald Trump", "COVID19" -> "COVID 19". */
function splitCamelCase(word: string): string {
  return word.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Za-z])(\d)/g, "$1 $2");
}

/** Words with their case, diacritics removed; numbers keep their digits together. */
function rawWords(text: string): string[] {
  const folded = text.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘`]/g, "'");
  return folded.match(/\d[\d,.]*\d%?|\d%?|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

function normalizeNumber(token: string): string {
  return token.replace(/%$/, "").replace(/,(?=\d{3}\b)/g, "").replace(/\.0+$/, "");
}

/** The distinct lower-cased content words (no stop words, no numbers), as AnalyzedText.words. */
export function contentWords(text: string): string[] {
  return analyzeText(text).words;
}

/** The content stems alone (what corpus statistics need), without the other features' work. */
export function contentStems(text: string): string[] {
  return analyzeText(text, { stemsOnly: true }).stems;
}

export function analyzeText(text: string, options: { stemsOnly?: boolean; wordCost?: WordCost } = {}): AnalyzedText {
  const full = !options.stemsOnly;
  const cleaned = cleanClaimText(text, options.wordCost);
  const stems: string[] = [];
  const numbers = new Set<string>();
  const entities = new Set<string>();
  const charGrams = new Set<string>();
  const words = new Set<string>();
  const acronyms = new Set<string>();
  const initialisms = new Set<string>();
  let negated = false;

  // Sentence openers are capitalized by grammar, not because they name something.
  const sentences = cleaned.split(/(?<=[.!?:;"“”])\s+|\n+/);
  for (const sentence of sentences) {
    const sentenceWords = rawWords(sentence);
    if (full) {
      initialismsOf(sentenceWords, initialisms);
      for (const number of spelledNumbers(sentence)) numbers.add(number);
    }
    // A sentence in capitals is shouted, not spelled out in acronyms.
    const shouted = full && sentenceWords.filter((word) => /\p{L}{2}/u.test(word) && word === word.toUpperCase()).length * 2 > sentenceWords.length;
    sentenceWords.forEach((raw, index) => {
      if (/^\d/.test(raw)) {
        numbers.add(normalizeNumber(raw));
        stems.push(normalizeNumber(raw));
        return;
      }
      const lower = raw.toLowerCase();
      const base = lower.replace(/'(t|s|re|ve|ll|d|m)$/, "");
      if (lower.endsWith("n't") || NEGATION_WORDS.has(base)) negated = true;
      if (full) {
        const isAcronym = raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw);
        const isCapitalized = /^\p{Lu}/u.test(raw) && (index > 0 || isAcronym);
        if (isCapitalized && !STOP_WORDS.has(base) && base.length > 1) entities.add(base);
        if (isAcronym && !shouted && raw.length <= MAX_INITIALISM_WORDS && /^\p{L}+$/u.test(raw)) acronyms.add(lower);
      }
      if (STOP_WORDS.has(base) || base.length < 2) return;
      const stem = stemWord(base);
      stems.push(stem);
      if (!full) return;
      words.add(base);
      const padded = `_${base}_`;
      if (padded.length <= CHAR_GRAM) charGrams.add(padded);
      for (let i = 0; i + CHAR_GRAM <= padded.length; i++) charGrams.add(padded.slice(i, i + CHAR_GRAM));
    });
  }
  const bigrams = new Set<string>();
  if (full) for (let i = 0; i + 1 < stems.length; i++) bigrams.add(`${stems[i]} ${stems[i + 1]}`);
  return { stems, numbers, entities, negated, charGrams, bigrams, words: [...words], acronyms, initialisms };
}
