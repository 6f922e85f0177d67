import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeFrontCodedWords } from "@/domain/claim-matching/front-coded-words";
import { wordVectorsFromBytes, type SentenceEncoderTable, type WordVectors } from "@/domain/claim-matching/word-vectors";

/** Written by bench/claim-matching/build-word-vectors.ts (npm run build:word-vectors); committed. */
export const WORD_VECTORS_DIR = join("server", "data", "claim-search", "word-vectors");

interface WordVectorsManifest {
  source: string;
  dimensions: number;
  words: number;
  commonDirection: number[];
}

/**
 * The sentence encoder's table, written by bench/claim-matching/build-sentence-encoder.ts
 * (npm run build:sentence-encoder); committed. Layout: the words' scales as little-endian 32-bit
 * floats (one per word of words.txt, in its order), then their rows of signed bytes; beside it a
 * manifest with the rows' length and the word count.
 */
export const SENTENCE_ENCODER_FILE = "sentence-encoder.bin";
export const SENTENCE_ENCODER_MANIFEST = "sentence-encoder.json";

export interface SentenceEncoderManifest {
  source: string;
  dimensions: number;
  words: number;
}

function readSentenceEncoder(dir: string, wordCount: number): SentenceEncoderTable | null {
  const manifestFile = join(dir, SENTENCE_ENCODER_MANIFEST);
  if (!existsSync(manifestFile)) return null;
  const { dimensions, words } = JSON.parse(readFileSync(manifestFile, "utf8")) as SentenceEncoderManifest;
  if (words !== wordCount) throw new Error(`sentence encoder: built for ${words} words, words.txt has ${wordCount}: run npm run build:sentence-encoder`);
  const file = join(dir, SENTENCE_ENCODER_FILE);
  const data = readFileSync(file);
  if (data.byteLength !== wordCount * (4 + dimensions)) throw new Error(`${file}: ${wordCount} words of ${dimensions} need ${wordCount * (4 + dimensions)} bytes, got ${data.byteLength}`);
  const scales = new Float32Array(wordCount);
  for (let i = 0; i < wordCount; i++) scales[i] = data.readFloatLE(i * 4);
  return { dimensions, scales, bytes: new Int8Array(data.buffer, data.byteOffset + wordCount * 4, wordCount * dimensions) };
}

/** Reads the committed word vectors (about 2 MB), or null when they are missing (the matcher then does without). */
export function loadWordVectors(root = process.cwd()): WordVectors | null {
  const dir = join(root, WORD_VECTORS_DIR);
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as WordVectorsManifest;
  const words = decodeFrontCodedWords(readFileSync(join(dir, "words.txt"), "utf8"));
  if (words.length !== manifest.words) throw new Error(`word vectors: manifest.json says ${manifest.words} words, words.txt has ${words.length}`);
  const file = readFileSync(join(dir, "vectors.i8"));
  const bytes = new Int8Array(file.buffer, file.byteOffset, file.byteLength);
  return wordVectorsFromBytes(words, bytes, manifest.dimensions, manifest.commonDirection, readSentenceEncoder(dir, words.length));
}
