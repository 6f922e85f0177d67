import { pick, sampleIndices } from "./random";
import type { Article, Sentence } from "./revision-model";

/** Revision edits. Each mutates an article in place and records each touched sentence's fate. */
export type Edit = (article: Article, random: () => number) => void;

let newIds = 0;
const freshId = () => `new${newIds++}`;

function sentencesWhere(article: Article, keep: (s: Sentence) => boolean): Sentence[] {
  return article.flat().filter((s) => s.fate === "kept" && !s.repeated && keep(s));
}

function editSome(count: number, minLength: number, change: (text: string, random: () => number) => string | null): Edit {
  return (article, random) => {
    const candidates = sentencesWhere(article, (s) => s.text.length >= minLength);
    for (const index of sampleIndices(random, candidates.length, count)) {
      const sentence = candidates[index];
      if (!sentence) continue;
      const changed = change(sentence.text, random);
      if (changed !== null && changed !== sentence.text) Object.assign(sentence, { text: changed, fate: "edited" });
    }
  };
}

/** One-letter corrections well inside a sentence: swapped, dropped, doubled or replaced letter. */
export const fixTypos = (count: number): Edit =>
  editSome(count, 30, (text, random) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = 3 + Math.floor(random() * (text.length - 6));
      const a = text[at] ?? "";
      const b = text[at + 1] ?? "";
      if (!/[a-z]/.test(a) || !/[a-z]/.test(b)) continue;
      const kind = pick(random, ["swap", "drop", "double", "replace"] as const);
      if (kind === "swap") return text.slice(0, at) + b + a + text.slice(at + 2);
      if (kind === "drop") return text.slice(0, at) + text.slice(at + 1);
      if (kind === "double") return text.slice(0, at) + a + text.slice(at);
      return text.slice(0, at) + (a === "e" ? "a" : "e") + text.slice(at + 1);
    }
    return null;
  });

/** Hard-wrapped lines: a space inside the sentence becomes a line break. */
export const wrapLines = (count: number): Edit =>
  editSome(count, 40, (text, random) => {
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length === 0) return null;
    const at = pick(random, spaces);
    return text.slice(0, at) + "\n" + text.slice(at + 1);
  });

/** Straight quotes to curly ones, or the reverse, wherever they occur. */
export const changeQuoteStyle = (to: "straight" | "curly"): Edit => (article) => {
  for (const sentence of article.flat()) {
    if (sentence.fate === "new") continue;
    const changed =
      to === "straight"
        ? sentence.text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
        : sentence.text.replace(/(\w)'(\w)/g, "$1\u2019$2").replace(/"([^"]*)"/g, "\u201c$1\u201d");
    if (changed !== sentence.text) Object.assign(sentence, { text: changed, fate: sentence.fate === "rewritten" ? "rewritten" : "edited" });
  }
};

/** Em dashes set as spaced hyphens. */
export const changeDashes: Edit = (article) => {
  for (const sentence of article.flat()) {
    if (sentence.fate !== "kept" || !sentence.text.includes("\u2014")) continue;
    Object.assign(sentence, { text: sentence.text.replace(/\u2014/g, " - "), fate: "edited" });
  }
};

/** Most words replaced and the rest reordered: the sentence now says something else. */
export const rewriteHeavily = (count: number, vocabulary: readonly string[]): Edit =>
  editSome(count, 40, (text, random) => {
    const words = text.replace(/[.!?]$/, "").split(" ");
    const kept = words.filter(() => random() < 0.3);
    const replaced = words.map(() => pick(random, vocabulary));
    const merged = [...kept, ...replaced.slice(kept.length)].sort(() => random() - 0.5);
    const sentence = merged.join(" ");
    return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
  });

/** Marks the sentences chosen by `editSome`-style picking as rewritten rather than edited. */
export const asRewrite = (edit: Edit): Edit => (article, random) => {
  const before = new Map(article.flat().map((s) => [s.id, s.fate]));
  edit(article, random);
  for (const s of article.flat()) if (s.fate === "edited" && before.get(s.id) === "kept") s.fate = "rewritten";
};

export const insertSentences = (count: number, makeSentence: (random: () => number) => string): Edit => (article, random) => {
  for (let i = 0; i < count; i++) {
    const paragraph = pick(random, article);
    paragraph.splice(Math.floor(random() * (paragraph.length + 1)), 0, { id: freshId(), text: makeSentence(random), fate: "new" });
  }
};

export const deleteSentences = (count: number): Edit => (article, random) => {
  const candidates = sentencesWhere(article, () => true);
  const doomed = new Set(sampleIndices(random, candidates.length, count).map((i) => candidates[i]));
  for (const paragraph of article) {
    for (let i = paragraph.length - 1; i >= 0; i--) if (doomed.has(paragraph[i])) paragraph.splice(i, 1);
  }
};

export const insertParagraphs = (count: number, makeSentence: (random: () => number) => string): Edit => (article, random) => {
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({ id: freshId(), text: makeSentence(random), fate: "new" as const }));
    article.splice(Math.floor(random() * (article.length + 1)), 0, sentences);
  }
};

export const deleteParagraphs = (count: number): Edit => (article, random) => {
  const deletable = article.map((p, i) => ({ p, i })).filter(({ p }) => p.length > 0 && p.every((s) => !s.repeated && s.fate === "kept"));
  const doomed = new Set(sampleIndices(random, deletable.length, count).map((k) => deletable[k]?.i));
  for (let i = article.length - 1; i >= 0; i--) if (doomed.has(i)) article.splice(i, 1);
};

export const moveParagraphs = (count: number): Edit => (article, random) => {
  for (let i = 0; i < count; i++) {
    const [moved] = article.splice(Math.floor(random() * article.length), 1);
    if (moved) article.splice(Math.floor(random() * (article.length + 1)), 0, moved);
  }
};

/** Paragraphs split at a sentence boundary and neighbours merged: only the blank lines change. */
export const resplitParagraphs = (count: number): Edit => (article, random) => {
  for (let i = 0; i < count; i++) {
    const index = Math.floor(random() * article.length);
    const paragraph = article[index];
    if (!paragraph) continue;
    if (paragraph.length > 1 && random() < 0.5) {
      const cut = 1 + Math.floor(random() * (paragraph.length - 1));
      article.splice(index, 1, paragraph.slice(0, cut), paragraph.slice(cut));
    } else if (index + 1 < article.length) {
      article.splice(index, 2, [...paragraph, ...(article[index + 1] ?? [])]);
    }
  }
};
