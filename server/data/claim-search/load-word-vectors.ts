import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeFrontCodedWords } from "@/domain/claim-matching/front-coded-words";
import { wordVectorsFromBytes, type WordVectors } from "@/domain/claim-matching/word-vectors";

/** Written by bench/claim-matching/build-word-vectors.ts (npm run build:word-vectors); committed. */
export const WORD_VECTORS_DIR = join("server", "data", "claim-search", "word-vectors");

interface WordVectorsManifest {
  source: string;
  dimensions: number;
  words: number;
  commonDirection: number[];
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
  return wordVectorsFromBytes(words, bytes, manifest.dimensions, manifest.commonDirection);
}
