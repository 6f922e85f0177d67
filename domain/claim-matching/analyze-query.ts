import { analyzeText, type AnalyzedText } from "./analyze-text";
import { splitPostSignature } from "./post-signature";
import type { WordCost } from "./split-joined-words";

/** A query as the features see it: its body analysed, and a pasted post's author and year apart. */
export interface AnalyzedQuery {
  body: AnalyzedText;
  authorWords: string[];
  year: number | null;
  /** Whether the post carries a picture or a video (an embedded media link). */
  hasMedia: boolean;
}

const MEDIA_LINK = /pic\.twitter\.com\/|\.(?:jpe?g|png|gif|webp|mp4)\b|youtu\.?be/i;

/** `wordCost`: the dictionary that splits the post's joined hashtags and handles (see cleanClaimText). */
export function analyzeQuery(text: string, wordCost?: WordCost): AnalyzedQuery {
  const { body, authorWords, year } = splitPostSignature(text);
  return { body: analyzeText(body || text, { wordCost }), authorWords, year, hasMedia: MEDIA_LINK.test(text) };
}
