/**
 * Sentence vectors of the fixture's texts for the tuning script, encoded by the product's encoder
 * (server/data/claim-search/sentence-encoder.ts) and kept in bench/results/ (not committed) so
 * that a re-run does not encode the 20,750 claim texts again (about 5 minutes on one core).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { encodeSentences, SENTENCE_VECTOR_LENGTH } from "../../server/data/claim-search/sentence-encoder";

const CACHE_DIR = resolve(import.meta.dirname, "..", "results");
const CACHE_FILE = join(CACHE_DIR, "claim-matching-sentence-vectors.bin");
const HASH_BYTES = 32;
const ROW_BYTES = HASH_BYTES + SENTENCE_VECTOR_LENGTH * 4;

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function readCache(): Map<string, Float32Array> {
  const cache = new Map<string, Float32Array>();
  if (!existsSync(CACHE_FILE)) return cache;
  const bytes = readFileSync(CACHE_FILE);
  for (let offset = 0; offset + ROW_BYTES <= bytes.length; offset += ROW_BYTES) {
    const hash = bytes.subarray(offset, offset + HASH_BYTES).toString("hex");
    const vector = new Float32Array(SENTENCE_VECTOR_LENGTH);
    for (let i = 0; i < SENTENCE_VECTOR_LENGTH; i++) vector[i] = bytes.readFloatLE(offset + HASH_BYTES + i * 4);
    cache.set(hash, vector);
  }
  return cache;
}

function writeCache(cache: ReadonlyMap<string, Float32Array>): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const bytes = Buffer.alloc(cache.size * ROW_BYTES);
  let offset = 0;
  for (const [hash, vector] of cache) {
    Buffer.from(hash, "hex").copy(bytes, offset);
    vector.forEach((value, i) => bytes.writeFloatLE(value, offset + HASH_BYTES + i * 4));
    offset += ROW_BYTES;
  }
  writeFileSync(CACHE_FILE, bytes);
}

/** The vectors of `texts` (encoder texts) by text, encoding only those not in the cache. */
export async function fixtureSentenceEmbeddings(texts: Iterable<string>): Promise<Map<string, Float32Array>> {
  const cache = readCache();
  const wanted = [...new Set(texts)].filter((text) => text.length > 0);
  const missing = wanted.filter((text) => !cache.has(hashOf(text)));
  if (missing.length > 0) {
    console.log(`encoding ${missing.length} texts with the sentence encoder (cached in ${CACHE_FILE})`);
    const started = Date.now();
    for (let start = 0; start < missing.length; start += 512) {
      const chunk = missing.slice(start, start + 512);
      const vectors = await encodeSentences(chunk);
      chunk.forEach((text, i) => cache.set(hashOf(text), vectors[i] as Float32Array));
      process.stdout.write(`\r  ${Math.min(start + 512, missing.length)} / ${missing.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    process.stdout.write("\n");
    writeCache(cache);
  }
  return new Map(wanted.map((text) => [text, cache.get(hashOf(text)) as Float32Array]));
}
