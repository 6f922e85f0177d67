import { cleanClaimText } from "./analyze-text";
import { inverseDocumentFrequency, type CorpusStatistics } from "./corpus-statistics";
import { STOP_WORDS } from "./stop-words";
import { stemWord } from "./stem-word";
import { joinedWordCosts } from "./split-joined-words";
import type { WordVectors } from "./word-vectors";

/** How many of the query's words the full-text index is asked for: the rarest ones. */
export const MAX_INDEX_QUERY_TERMS = 24;

/**
 * The words to ask the database's full-text index for candidates: letters and digits only (so
 * they are safe inside an FTS5 phrase or a tsquery), no stop words, each once, the most
 * informative first (highest idf of their stem), at most `max`. The database stems them itself.
 * Joined hashtags and handles bring their words too (split against the corpus and `vectors`).
 */
export function indexQueryTerms(text: string, stats: CorpusStatistics | null, options: { vectors?: WordVectors | null; max?: number } = {}): string[] {
  const max = options.max ?? MAX_INDEX_QUERY_TERMS;
  const folded = cleanClaimText(text, joinedWordCosts(stats, options.vectors ?? null)).normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  const words = [...new Set(folded.match(/[\p{L}\p{N}]+/gu) ?? [])].filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)));
  if (!stats || words.length <= max) return words.slice(0, max);
  const informativeness = (word: string) => inverseDocumentFrequency(stats, stats.all, stemWord(word));
  return words
    .map((word, position) => ({ word, position, weight: informativeness(word) }))
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, max)
    .map((entry) => entry.word);
}

/** An FTS5 MATCH expression: any of the words, each as a quoted phrase. */
export function fts5MatchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" OR ");
}

/** A PostgreSQL to_tsquery expression: any of the words. */
export function tsqueryExpression(terms: readonly string[]): string {
  return terms.filter((term) => /^[\p{L}\p{N}]+$/u.test(term)).join(" | ");
}
