import { readFileSync } from "node:fs";
import { canonicalText } from "../../domain/anchoring";
import { pick } from "./random";
import { articleFromText, markRepeats, type Article } from "./revision-model";

const sourcePath = new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url);

/** The demo article (prisma/fixtures/vitamin-k2/source.txt) as canonical text, in sentences. */
export function demoArticle(): Article {
  return markRepeats(articleFromText(canonicalText(readFileSync(sourcePath, "utf8")), "k2-"));
}

/** Words of the demo article, to generate text that reads like it. */
export function demoVocabulary(): string[] {
  const words = canonicalText(readFileSync(sourcePath, "utf8"))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)];
}

const boilerplate = [
  "More and more every year.",
  "Hardly any.",
  "This is why it matters.",
  "Read the full study here.",
  "We will come back to this.",
];

/** A made-up sentence in the article's vocabulary, sometimes with an apostrophe or a quotation. */
export function makeSentence(vocabulary: readonly string[]) {
  return (random: () => number): string => {
    const words = Array.from({ length: 6 + Math.floor(random() * 18) }, () => pick(random, vocabulary));
    if (random() < 0.2) words.splice(2, 0, "it's");
    if (random() < 0.15) words.splice(4, 0, `"${pick(random, vocabulary)} ${pick(random, vocabulary)}"`);
    if (random() < 0.1) words.push(`${Math.floor(random() * 90) + 10}%`);
    const sentence = words.join(" ");
    return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
  };
}

/**
 * A generated article of about `targetLength` UTF-16 units: paragraphs of 1–6 sentences, with
 * boilerplate sentences repeated throughout (claims on them are told apart by context only).
 */
export function generatedArticle(targetLength: number, vocabulary: readonly string[], random: () => number, idPrefix: string): Article {
  const sentence = makeSentence(vocabulary);
  const article: Article = [];
  let length = 0;
  let id = 0;
  while (length < targetLength) {
    const paragraph = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const text = random() < 0.06 ? pick(random, boilerplate) : sentence(random);
      length += text.length + 1;
      return { id: `${idPrefix}${id++}`, text, fate: "kept" as const };
    });
    length += 1;
    article.push(paragraph);
  }
  return markRepeats(article);
}
