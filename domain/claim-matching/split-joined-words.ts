import type { CorpusStatistics } from "./corpus-statistics";
import { stemWord } from "./stem-word";
import { STOP_WORDS } from "./stop-words";
import type { WordVectors } from "./word-vectors";

/**
 * Hashtags and handles run words together ("#texaschurchshooting", "@georgesoros"); the claims
 * they repeat spell them apart. A joined word is split into its cheapest sequence of pieces, by
 * dynamic programming over its letters, where each piece costs what `wordCost` says (fewer,
 * commoner words are cheaper) and an unknown stretch of three letters or more costs more the
 * longer it is, so that a name the dictionary lacks still separates from the words around it
 * ("fyrefestival" -> fyre festival) while the whole word, as one unknown stretch, is the
 * fallback. Digits stay with each other. Returns null when the word is known as it is, too
 * short, or when unknown stretches would make up more than half of it.
 */
export type WordCost = (word: string) => number | undefined;

const UNKNOWN_COST = 2;
const UNKNOWN_COST_PER_LETTER = 0.3;
const MIN_JOINED_LENGTH = 6;
const MAX_JOINED_LENGTH = 64;
const MAX_PIECE_LENGTH = 24;

export function splitJoinedWord(word: string, wordCost: WordCost): string[] | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_JOINED_LENGTH || lower.length > MAX_JOINED_LENGTH || wordCost(lower) !== undefined || !/^[\p{L}\p{N}]+$/u.test(lower)) return null;
  const n = lower.length;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_PIECE_LENGTH); start < end; start++) {
      if (cost[start] === Number.POSITIVE_INFINITY) continue;
      const pieceCost = costOfPiece(lower.slice(start, end), wordCost);
      if (pieceCost === null) continue;
      const total = (cost[start] as number) + pieceCost;
      if (total < (cost[end] as number)) {
        cost[end] = total;
        previous[end] = start;
      }
    }
  }
  const pieces: string[] = [];
  for (let end = n; end > 0; end = previous[end] as number) pieces.unshift(lower.slice(previous[end], end));
  const unknownLetters = pieces.filter((piece) => !/^\d+$/.test(piece) && wordCost(piece) === undefined).reduce((sum, piece) => sum + piece.length, 0);
  return pieces.length > 1 && unknownLetters * 2 <= n ? pieces : null;
}

function costOfPiece(piece: string, wordCost: WordCost): number | null {
  if (/^\d+$/.test(piece)) return 1;
  if (/\d/.test(piece)) return null;
  const known = wordCost(piece);
  if (known !== undefined) return known;
  return piece.length >= 3 ? UNKNOWN_COST + UNKNOWN_COST_PER_LETTER * piece.length : null;
}

/**
 * The dictionary joined words are split against: stop words and the indexed claims' own words
 * cost 1, other words the word vectors know 1.5; short words fit almost anywhere, so a letter
 * alone costs 1.5 more ("nat i light") and two letters that are not a stop word 1 more ("wen
 * eed" against "we need").
 */
export function joinedWordCosts(stats: CorpusStatistics | null, vectors: WordVectors | null): WordCost {
  return (word) => {
    let cost: number | undefined;
    if (STOP_WORDS.has(word) || (stats?.all.documentFrequency.get(stemWord(word)) ?? 0) > 0) cost = 1;
    else if (vectors?.vector(word)) cost = 1.5;
    if (cost === undefined) return undefined;
    if (word.length === 1) return cost + 1.5;
    return word.length === 2 && !STOP_WORDS.has(word) ? cost + 1 : cost;
  };
}
