import { analyzeText, type AnalyzedText } from "./analyze-text";
import { splitPostSignature } from "./post-signature";
import type { WordCost } from "./split-joined-words";

/** A query as the features see it: its body analysed, and a pasted post's author and year apart. */
export interface AnalyzedQuery {
  body: AnalyzedText;
  authorWords: string[];
  year: number | null;
}

/** `wordCost`: the dictionary that splits the post's joined hashtags and handles (see cleanClaimText). */
export function analyzeQuery(text: string, wordCost?: WordCost): AnalyzedQuery {
  const { body, authorWords, year } = splitPostSignature(text);
  return { body: analyzeText(body || text, { wordCost }), authorWords, year };
}
