import { analyzeText, type AnalyzedText } from "./analyze-text";
import { splitPostSignature } from "./post-signature";
import { encoderText } from "./sentence-embeddings";
import type { WordCost } from "./split-joined-words";

/** A query as the features see it: its body analysed, and a pasted post's author and year apart. */
export interface AnalyzedQuery {
  body: AnalyzedText;
  authorWords: string[];
  year: number | null;
  /** Whether the post carries a picture or a video (an embedded media link). */
  hasMedia: boolean;
  /** The body as the sentence encoder sees it (encoderText). */
  encoderText: string;
}

const MEDIA_LINK = /pic\.twitter\.com\/|\.(?:jpe?g|png|gif|webp|mp4)\b|youtu\.?be/i;

/** `wordCost`: the dictionary that splits the post's joined hashtags and handles (see cleanClaimText). */
export function analyzeQuery(text: string, wordCost?: WordCost): AnalyzedQuery {
  const { body, authorWords, year } = splitPostSignature(text);
  return { body: analyzeText(body || text, { wordCost }), authorWords, year, hasMedia: MEDIA_LINK.test(text), encoderText: queryEncoderText(text) };
}

/** The text of a query the re-ranker wants a sentence vector of: its body without a pasted post's signature. */
export function queryEncoderText(text: string): string {
  return encoderText(splitPostSignature(text).body || text);
}
