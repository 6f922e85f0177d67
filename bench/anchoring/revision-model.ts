import { canonicalText } from "../../domain/anchoring";

/**
 * An article as paragraphs of sentences, each with an identity that survives edits, so that
 * every revision knows where each original sentence went: the known correct answer.
 */
export type SentenceFate = "kept" | "edited" | "rewritten" | "new";

export interface Sentence {
  id: string;
  text: string;
  fate: SentenceFate;
  /** True when the same text appears elsewhere in the article (boilerplate); never destroyed by edits. */
  repeated?: boolean;
}

export type Article = Sentence[][];

export interface RenderedArticle {
  text: string;
  spans: Map<string, { start: number; end: number; sentence: Sentence }>;
}

export function renderArticle(article: Article): RenderedArticle {
  let text = "";
  const spans: RenderedArticle["spans"] = new Map();
  for (const paragraph of article) {
    if (paragraph.length === 0) continue;
    if (text.length > 0) text += "\n\n";
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += " ";
      spans.set(sentence.id, { start: text.length, end: text.length + sentence.text.length, sentence });
      text += sentence.text;
    });
  }
  if (canonicalText(text) !== text) throw new Error("a benchmark revision is not canonical text");
  return { text, spans };
}

export function cloneArticle(article: Article): Article {
  return article.map((paragraph) => paragraph.map((sentence) => ({ ...sentence, fate: "kept" as const })));
}

/** Splits canonical text into paragraphs and sentences (a sentence ends at . ! ? before a space). */
export function articleFromText(text: string, idPrefix: string): Article {
  return text.split("\n\n").map((paragraph, p) =>
    paragraph
      .replace(/\s+/g, " ")
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.length > 0)
      .map((s, i) => ({ id: `${idPrefix}${p}.${i}`, text: s, fate: "kept" as const })),
  );
}

/** Marks sentences whose exact text occurs more than once in the article. */
export function markRepeats(article: Article): Article {
  const counts = new Map<string, number>();
  for (const s of article.flat()) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  return article.map((paragraph) => paragraph.map((s) => ({ ...s, repeated: (counts.get(s.text) ?? 0) > 1 })));
}
