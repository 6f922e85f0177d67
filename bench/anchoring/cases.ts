import { demoArticle, demoVocabulary, generatedArticle, makeSentence } from "./articles";
import {
  asRewrite,
  changeDashes,
  changeQuoteStyle,
  deleteParagraphs,
  deleteSentences,
  fixTypos,
  insertParagraphs,
  insertSentences,
  moveParagraphs,
  resplitParagraphs,
  rewriteHeavily,
  wrapLines,
  type Edit,
} from "./edits";
import { seededRandom } from "./random";
import { cloneArticle, renderArticle, type Article } from "./revision-model";

/** One claim of a revision case with its known correct answer: a range, or null for an orphan. */
export interface BenchClaim {
  id: string;
  start: number;
  end: number;
  expected: { start: number; end: number } | null;
  /** Whether the claim's own text is unchanged in the new revision. */
  textKept: boolean;
}

export interface RevisionCase {
  name: string;
  oldText: string;
  newText: string;
  claims: BenchClaim[];
}

const vocabulary = demoVocabulary();
const sentence = makeSentence(vocabulary);

function editsNamed(quoteStyle: "straight" | "curly"): [string, Edit[]][] {
  return [
    ["typo fixes", [fixTypos(12)]],
    ["inserted sentences", [insertSentences(12, sentence)]],
    ["deleted sentences", [deleteSentences(8)]],
    ["inserted paragraphs", [insertParagraphs(5, sentence)]],
    ["deleted paragraphs", [deleteParagraphs(4)]],
    ["moved paragraphs", [moveParagraphs(5)]],
    ["whitespace (line wraps, paragraphs split/merged)", [wrapLines(10), resplitParagraphs(6)]],
    [`quote style (to ${quoteStyle}) and dashes`, [changeQuoteStyle(quoteStyle), changeDashes]],
    ["heavy rewrites", [asRewrite(rewriteHeavily(10, vocabulary))]],
    ["everything at once", [fixTypos(5), insertSentences(4, sentence), deleteSentences(3), insertParagraphs(2, sentence), deleteParagraphs(1), moveParagraphs(2), wrapLines(3), changeQuoteStyle(quoteStyle), asRewrite(rewriteHeavily(4, vocabulary))]],
  ];
}

/**
 * Claims on the old revision: every sentence of at least 12 units, plus one short phrase (2–4
 * words) per paragraph, which is often repeated elsewhere in the article.
 */
function claimsOf(base: Article, random: () => number) {
  const { spans } = renderArticle(base);
  const claims: { id: string; sentenceId: string; offset: number; length: number }[] = [];
  for (const [id, span] of spans) {
    const length = span.end - span.start;
    if (length >= 12) claims.push({ id, sentenceId: id, offset: 0, length });
  }
  for (const paragraph of base) {
    const host = paragraph[Math.floor(random() * paragraph.length)];
    if (!host) continue;
    const words = [...host.text.matchAll(/\S+/g)];
    if (words.length < 4) continue;
    const first = Math.floor(random() * (words.length - 3));
    const count = 2 + Math.floor(random() * 3);
    const from = words[first]?.index ?? 0;
    const last = words[Math.min(words.length - 1, first + count - 1)];
    const to = (last?.index ?? 0) + (last?.[0].length ?? 0);
    claims.push({ id: `${host.id}:phrase`, sentenceId: host.id, offset: from, length: to - from });
  }
  return claims;
}

function buildCase(name: string, base: Article, edits: Edit[], seed: number): RevisionCase {
  const random = seededRandom(seed);
  const old = renderArticle(base);
  const revised = cloneArticle(base);
  for (const edit of edits) edit(revised, random);
  const next = renderArticle(revised);
  const claims: BenchClaim[] = [];
  for (const c of claimsOf(base, seededRandom(seed + 1))) {
    const oldSpan = old.spans.get(c.sentenceId);
    if (!oldSpan) continue;
    const start = oldSpan.start + c.offset;
    const claimText = old.text.slice(start, start + c.length);
    const newSpan = next.spans.get(c.sentenceId);
    const fate = newSpan?.sentence.fate;
    let expected: BenchClaim["expected"] = null;
    if (newSpan && (fate === "kept" || fate === "edited")) {
      if (c.offset === 0 && c.length === oldSpan.end - oldSpan.start) expected = { start: newSpan.start, end: newSpan.end };
      else {
        // A phrase in an edited sentence has a known answer only if it survived intact, once.
        const sentenceText = newSpan.sentence.text;
        const at = sentenceText.indexOf(claimText);
        if (at < 0 || sentenceText.indexOf(claimText, at + 1) >= 0) continue;
        expected = { start: newSpan.start + at, end: newSpan.start + at + c.length };
      }
    }
    const textKept = expected !== null && next.text.slice(expected.start, expected.end) === claimText;
    claims.push({ id: c.id, start, end: start + c.length, expected, textKept });
  }
  return { name, oldText: old.text, newText: next.text, claims };
}

export function revisionCases(): RevisionCase[] {
  const cases: RevisionCase[] = [];
  const demo = demoArticle();
  editsNamed("straight").forEach(([name, edits], i) => cases.push(buildCase(`demo article: ${name}`, demo, edits, 100 + i)));
  const generated = generatedArticle(40_000, vocabulary, seededRandom(7), "gen-");
  editsNamed("curly").forEach(([name, edits], i) => cases.push(buildCase(`generated 40 kB: ${name}`, generated, edits, 200 + i)));
  return cases;
}

/** The scale case: a generated article of about 1 MB, 2,000 claims, a revision with every kind of edit. */
export function scaleCase(): RevisionCase {
  const random = seededRandom(99);
  const article = generatedArticle(1_000_000, vocabulary, random, "big-");
  const edits = [fixTypos(60), insertSentences(80, sentence), deleteSentences(40), insertParagraphs(30, sentence), deleteParagraphs(20), moveParagraphs(30), wrapLines(30), changeQuoteStyle("curly"), asRewrite(rewriteHeavily(40, vocabulary))];
  const full = buildCase("generated 1 MB, 2,000 claims: everything at once", article, edits, 300);
  const pickRandom = seededRandom(301);
  const claims = full.claims.filter(() => pickRandom() < 2_000 / full.claims.length).slice(0, 2_000);
  return { ...full, claims };
}
