import { readFileSync } from "node:fs";
import { canonicalText } from "../../domain/anchoring";
import { pick, seededRandom } from "./random";
import { countOccurrences, paragraphsOf, sentencesOf, trimPunctuation, wordsIn, type Range } from "./text-structure";
import { TrackedRevision } from "./tracked-revision";

/**
 * Generated cases of the kinds that put claims on the wrong text: short quotes, repeated text,
 * typos inside the quote, rewritten and deleted passages, far moves, and all of them at once, on
 * four kinds of prose. Each case is one claim on one revision, with its known answer (a range, or
 * null when the claim's text is gone), plus unrelated edits elsewhere so that old offsets drift.
 */

export const KINDS = ["short quote", "repeated text", "typo inside quote", "rewritten passage", "deleted passage", "far move", "mixed edits"] as const;
export type Kind = (typeof KINDS)[number];
export const SPAN_LENGTHS = ["short (1-3 words)", "phrase (4-12 words)", "sentence", "paragraph"] as const;
export type SpanLength = (typeof SPAN_LENGTHS)[number];

export interface HardCase {
  prose: string;
  kind: Kind;
  span: SpanLength;
  /** The claim's text occurred more than once in the old text. */
  repeated: boolean;
  oldText: string;
  newText: string;
  start: number;
  end: number;
  expected: Range | null;
}

const CASES_PER_KIND = 60;

const prose: [string, URL][] = [
  ["news", new URL("./prose/news.txt", import.meta.url)],
  ["scientific abstracts", new URL("./prose/abstracts.txt", import.meta.url)],
  ["forum comments", new URL("./prose/forum.txt", import.meta.url)],
  ["demo health blog", new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url)],
];

export function hardCases(): HardCase[] {
  const cases: HardCase[] = [];
  prose.forEach(([name, url], p) => {
    const text = canonicalText(readFileSync(url, "utf8"));
    const vocabulary = [...new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
    KINDS.forEach((kind, k) => {
      const random = seededRandom(1000 * (p + 1) + 17 * k);
      let attempts = 0;
      let made = 0;
      while (made < CASES_PER_KIND && attempts++ < CASES_PER_KIND * 20) {
        const built = buildCase(name, text, kind, vocabulary, random);
        if (built) {
          cases.push(built);
          made++;
        }
      }
    });
  });
  return cases;
}

function buildCase(proseName: string, text: string, kind: Kind, vocabulary: string[], random: () => number): HardCase | null {
  const span = chooseSpan(text, kind, random);
  if (!span) return null;
  const claimText = text.slice(span.range.start, span.range.end);
  const repeated = countOccurrences(text, claimText) > 1;
  const revision = new TrackedRevision(text, span.range.start, span.range.end);
  const sentence = makeSentence(vocabulary);

  const background = () => {
    const count = 2 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) backgroundEdit(revision, random, sentence);
  };

  switch (kind) {
    case "short quote":
      background();
      if (random() < 0.5) editNextToClaim(revision, random, vocabulary);
      break;
    case "repeated text":
      background();
      if (random() < 0.4) deleteClaimPassage(revision);
      else if (random() < 0.5) editNextToClaim(revision, random, vocabulary);
      break;
    case "typo inside quote":
      background();
      typosInClaim(revision, random, 1 + Math.floor(random() * 2));
      break;
    case "rewritten passage":
      background();
      rewriteClaimPassage(revision, random, vocabulary);
      break;
    case "deleted passage":
      background();
      deleteClaimPassage(revision);
      break;
    case "far move":
      background();
      moveClaimParagraphFar(revision);
      break;
    case "mixed edits":
      background();
      if (random() < 0.5) typosInClaim(revision, random, 1);
      if (random() < 0.4) moveClaimParagraphFar(revision);
      if (random() < 0.4) editNextToClaim(revision, random, vocabulary);
      if (random() < 0.2) curlyQuotes(revision);
      {
        const fate = random();
        if (fate < 0.15) deleteClaimPassage(revision);
        else if (fate < 0.3) rewriteClaimPassage(revision, random, vocabulary);
      }
      background();
      break;
  }
  if (revision.text === text) return null;
  if (canonicalText(revision.text) !== revision.text) return null;
  return {
    prose: proseName,
    kind,
    span: span.length,
    repeated,
    oldText: text,
    newText: revision.text,
    start: span.range.start,
    end: span.range.end,
    expected: revision.claim && { ...revision.claim },
  };
}

function chooseSpan(text: string, kind: Kind, random: () => number): { range: Range; length: SpanLength } | null {
  const sentences = sentencesOf(text).filter((s) => s.end - s.start >= 3);
  if (kind === "repeated text") return repeatedSpan(text, sentences, random);
  const length: SpanLength =
    kind === "short quote" ? SPAN_LENGTHS[0] : pick(random, kind === "far move" ? SPAN_LENGTHS.slice(1) : SPAN_LENGTHS);
  if (length === "paragraph") {
    const paragraphs = paragraphsOf(text).filter((p) => p.end - p.start >= 20);
    return { range: pick(random, paragraphs), length };
  }
  const host = pick(random, sentences);
  if (length === "sentence") return { range: host, length };
  const words = wordsIn(text, host);
  const count = length === "short (1-3 words)" ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 9);
  if (words.length <= count) return null;
  const first = Math.floor(random() * (words.length - count + 1));
  const range = trimPunctuation(text, { start: words[first]!.start, end: words[first + count - 1]!.end });
  if (range.end - range.start < 2) return null;
  return { range, length };
}

/** A span whose text occurs elsewhere too: a repeated sentence, or a repeated run of 1–4 words. */
function repeatedSpan(text: string, sentences: Range[], random: () => number): { range: Range; length: SpanLength } | null {
  if (random() < 0.35) {
    const repeatedSentences = sentences.filter((s) => countOccurrences(text, text.slice(s.start, s.end)) > 1);
    if (repeatedSentences.length > 0) return { range: pick(random, repeatedSentences), length: "sentence" };
  }
  const host = pick(random, sentences);
  const words = wordsIn(text, host);
  const count = 1 + Math.floor(random() * 4);
  if (words.length < count) return null;
  const first = Math.floor(random() * (words.length - count + 1));
  const range = trimPunctuation(text, { start: words[first]!.start, end: words[first + count - 1]!.end });
  const part = text.slice(range.start, range.end);
  if (part.length < 3 || countOccurrences(text, part) < 2) return null;
  return { range, length: count <= 3 ? "short (1-3 words)" : "phrase (4-12 words)" };
}

function makeSentence(vocabulary: string[]) {
  return (random: () => number) => {
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(random, vocabulary));
    const s = words.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
}

/** The sentence (or paragraph) holding the claim in the revision's current text. */
function claimSentence(revision: TrackedRevision): Range | null {
  const claim = revision.claim;
  if (!claim) return null;
  const sentence = sentencesOf(revision.text).find((s) => s.start <= claim.start && s.end >= claim.end);
  return sentence ?? paragraphsOf(revision.text).find((p) => p.start <= claim.start && p.end >= claim.end) ?? null;
}

function overlapsClaim(revision: TrackedRevision, range: Range, margin = 0): boolean {
  const claim = revision.claim;
  return claim !== null && range.start < claim.end + margin && range.end > claim.start - margin;
}

/** One edit away from the claim's sentence: a sentence or paragraph inserted or deleted, or a typo fixed. */
function backgroundEdit(revision: TrackedRevision, random: () => number, sentence: (random: () => number) => string): void {
  const text = revision.text;
  const sentences = sentencesOf(text);
  const host = claimSentence(revision);
  const away = sentences.filter((s) => !host || s.end < host.start - 1 || s.start > host.end + 1);
  if (away.length === 0) return;
  const target = pick(random, away);
  const roll = random();
  if (roll < 0.3) revision.replace(target.start, target.start, sentence(random) + " ");
  else if (roll < 0.5) {
    const paragraphs = paragraphsOf(text).filter((p) => !overlapsClaim(revision, p, 1));
    const p = paragraphs.length > 0 ? pick(random, paragraphs) : null;
    if (p) revision.replace(p.start, p.start, sentence(random) + " " + sentence(random) + "\n\n");
  } else if (roll < 0.75) deleteRange(revision, target);
  else typoAt(revision, random, target, false);
}

/** An edit in the claim's sentence right outside the claim (its context changes). */
function editNextToClaim(revision: TrackedRevision, random: () => number, vocabulary: string[]): void {
  const claim = revision.claim;
  if (!claim) return;
  const word = pick(random, vocabulary);
  if (random() < 0.5 && claim.start > 0) revision.replace(claim.start, claim.start, word + " ");
  else revision.replace(claim.end, claim.end, " " + word);
}

function typosInClaim(revision: TrackedRevision, random: () => number, count: number): void {
  for (let i = 0; i < count; i++) if (revision.claim) typoAt(revision, random, revision.claim, true);
}

/** A one-letter change (swap, drop, double, replace) inside `range`. */
function typoAt(revision: TrackedRevision, random: () => number, range: Range, insideClaim: boolean): void {
  const text = revision.text;
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = range.start + Math.floor(random() * (range.end - range.start - 1));
    const a = text[at] ?? "";
    const b = text[at + 1] ?? "";
    if (!/[a-z]/.test(a) || !/[a-z]/.test(b)) continue;
    const kind = pick(random, ["swap", "drop", "double", "replace"] as const);
    // An edit may not empty a one-letter claim.
    if (kind === "drop" && range.end - range.start <= 2) continue;
    if (kind === "swap") revision.replace(at, at + 2, b + a, insideClaim);
    else if (kind === "drop") revision.replace(at, at + 1, "", insideClaim);
    else if (kind === "double") revision.replace(at, at + 1, a + a, insideClaim);
    else revision.replace(at, at + 1, a === "e" ? "a" : "e", insideClaim);
    return;
  }
}

/** Deletes a sentence with one neighbouring space, or a whole paragraph with its separator. */
function deleteRange(revision: TrackedRevision, range: Range): void {
  const text = revision.text;
  const paragraph = paragraphsOf(text).find((p) => p.start <= range.start && p.end >= range.end);
  if (paragraph && paragraph.start === range.start && paragraph.end === range.end) {
    if (paragraph.end + 2 <= text.length) revision.replace(paragraph.start, paragraph.end + 2, "");
    else if (paragraph.start >= 2) revision.replace(paragraph.start - 2, paragraph.end, "");
    return;
  }
  if (text[range.end] === " ") revision.replace(range.start, range.end + 1, "");
  else if (text[range.start - 1] === " ") revision.replace(range.start - 1, range.end, "");
  else revision.replace(range.start, range.end, "");
}

function deleteClaimPassage(revision: TrackedRevision): void {
  const host = claimSentence(revision);
  if (host) deleteRange(revision, host);
}

/** The claim's sentence said again in mostly other words. */
function rewriteClaimPassage(revision: TrackedRevision, random: () => number, vocabulary: string[]): void {
  const host = claimSentence(revision);
  if (!host) return;
  const words = revision.text.slice(host.start, host.end).replace(/[.!?]$/, "").split(/\s+/);
  const kept = words.filter(() => random() < 0.3);
  const replaced = words.map(() => pick(random, vocabulary));
  const merged = [...kept, ...replaced.slice(kept.length)].sort(() => random() - 0.5).join(" ");
  revision.replace(host.start, host.end, merged.charAt(0).toUpperCase() + merged.slice(1) + ".");
}

/** The claim's paragraph moved from the first half of the text to its end, or from the second half to its start. */
function moveClaimParagraphFar(revision: TrackedRevision): void {
  const claim = revision.claim;
  if (!claim) return;
  const paragraphs = paragraphsOf(revision.text);
  const paragraph = paragraphs.find((p) => p.start <= claim.start && p.end >= claim.end);
  if (!paragraph || paragraphs.length < 3) return;
  const piece = revision.text.slice(paragraph.start, paragraph.end);
  const offset = claim.start - paragraph.start;
  const length = claim.end - claim.start;
  revision.claim = null;
  if (paragraph.start < revision.text.length / 2) {
    revision.replace(paragraph.start, paragraph.end + 2, "");
    const at = revision.text.length;
    revision.replace(at, at, "\n\n" + piece);
    revision.claim = { start: at + 2 + offset, end: at + 2 + offset + length };
  } else {
    revision.replace(paragraph.start - 2, paragraph.end, "");
    revision.replace(0, 0, piece + "\n\n");
    revision.claim = { start: offset, end: offset + length };
  }
}

/** Straight double quotes and apostrophes set as curly ones everywhere (the claim keeps its place). */
function curlyQuotes(revision: TrackedRevision): void {
  const text = revision.text;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === "'" && /\w/.test(text[at - 1] ?? "") && /\w/.test(text[at + 1] ?? "")) revision.replace(at, at + 1, "\u2019", true);
    else if (c === '"') revision.replace(at, at + 1, /\s|^$/.test(text[at - 1] ?? "") ? "\u201c" : "\u201d", true);
  }
}
