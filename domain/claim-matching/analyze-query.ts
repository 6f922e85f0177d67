import { analyzeText, type AnalyzedText } from "./analyze-text";
import { splitPostSignature } from "./post-signature";

/** A query as the features see it: its body analysed, and a pasted post's author and year apart. */
export interface AnalyzedQuery {
  body: AnalyzedText;
  authorWords: string[];
  year: number | null;
}

export function analyzeQuery(text: string): AnalyzedQuery {
  const { body, authorWords, year } = splitPostSignature(text);
  return { body: analyzeText(body || text), authorWords, year };
}
