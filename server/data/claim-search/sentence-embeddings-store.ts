import "server-only";
import { createHash } from "node:crypto";
import { embeddingFromBytes, embeddingToBytes } from "@/domain/claim-matching/sentence-embeddings";
import { LruMap } from "@/domain/support/lru-map";
import { db } from "../../db";
import { encodeSentences, type EncodingPriority } from "./sentence-encoder";

/** Vectors kept in this process (2 KB each): the candidates of recent searches and more. */
const MEMORY_LIMIT = 12_000;

const globalForStore = globalThis as unknown as { claimcheckSentenceVectors?: LruMap<string, Float32Array>; claimcheckEncoderFailed?: boolean };
const inMemory = (globalForStore.claimcheckSentenceVectors ??= new LruMap(MEMORY_LIMIT));

export function sentenceTextHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The sentence vectors of `texts` (encoder texts, see encoderText): from this process's memory,
 * else from the "SentenceEmbedding" table, else encoded now and stored there for every instance.
 * When the encoder cannot run, the texts it would have encoded are left out (the re-ranker then
 * scores without them) and the reason is logged once. Texts encoded for a search are "interactive"
 * and go ahead of "background" encoding (see EncodingPriority).
 */
export async function sentenceEmbeddingsOf(texts: readonly string[], priority: EncodingPriority = "interactive"): Promise<Map<string, Float32Array>> {
  const found = new Map<string, Float32Array>();
  const wanted = [...new Set(texts.filter((text) => text.length > 0))];
  const notInMemory: string[] = [];
  for (const text of wanted) {
    const vector = inMemory.get(text);
    if (vector) found.set(text, vector);
    else notInMemory.push(text);
  }
  if (notInMemory.length === 0) return found;

  const hashes = new Map(notInMemory.map((text) => [sentenceTextHash(text), text]));
  const stored = await db.sentenceEmbedding.findMany({ where: { textHash: { in: [...hashes.keys()] } }, select: { textHash: true, vector: true } });
  for (const row of stored) {
    const text = hashes.get(row.textHash);
    if (!text) continue;
    const vector = embeddingFromBytes(row.vector);
    found.set(text, vector);
    inMemory.set(text, vector);
    hashes.delete(row.textHash);
  }
  if (hashes.size === 0) return found;

  const missing = [...hashes.entries()];
  let vectors: Float32Array[];
  try {
    vectors = await encodeSentences(
      missing.map(([, text]) => text),
      priority,
    );
  } catch (error) {
    if (!globalForStore.claimcheckEncoderFailed) console.error("claim matching: the sentence encoder failed; matching without it", error);
    globalForStore.claimcheckEncoderFailed = true;
    return found;
  }
  await storeSentenceEmbeddings(missing.map(([hash], i) => ({ hash, vector: vectors[i] as Float32Array })));
  missing.forEach(([, text], i) => {
    const vector = vectors[i] as Float32Array;
    found.set(text, vector);
    inMemory.set(text, vector);
  });
  return found;
}

/** Inserts the vectors; a vector another search or instance stored meanwhile is left as it is (the same text gives the same vector). */
async function storeSentenceEmbeddings(rows: readonly { hash: string; vector: Float32Array }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$transaction(
    rows.map(
      ({ hash, vector }) =>
        db.$executeRaw`INSERT INTO "SentenceEmbedding" ("textHash", "vector") VALUES (${hash}, ${Buffer.from(embeddingToBytes(vector))}) ON CONFLICT ("textHash") DO NOTHING`,
    ),
  );
}

/** Tests that rebuild the database in one process start from nothing. */
export function forgetSentenceEmbeddings(): void {
  globalForStore.claimcheckSentenceVectors?.clear();
}
