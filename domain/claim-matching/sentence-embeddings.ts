/**
 * Sentence embeddings as the re-ranker uses them: one vector per text from a sentence encoder
 * (server/data/claim-search/sentence-encoder.ts), looked up by the text as encoderText writes it.
 * The domain never runs the encoder; the caller hands over the vectors it has.
 */

/** Sentence vectors by encoder text (encoderText). */
export type SentenceEmbeddings = ReadonlyMap<string, Float32Array>;

const LINK = /\bhttps?:\/\/\S+|\bpic\.twitter\.com\/\S+|\bwww\.\S+/gi;
/** Quotation marks of every kind: the same claim is quoted "so", 'so' or “so” by different fact-checkers. */
const QUOTATION_MARKS = /["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g;

/**
 * The text the encoder sees: no links, no quotation marks, single spaces. Quotation marks carry
 * no meaning of their own here but change the encoder's vector; without them a claim and its
 * copy quoted differently get the same vector, as they get the same words for every other feature.
 */
export function encoderText(text: string): string {
  return text.replace(LINK, " ").replace(QUOTATION_MARKS, "").replace(/\s+/g, " ").trim().slice(0, 2000);
}

/** Cosine similarity of two sentence vectors (0 when either is all zeros). */
export function embeddingCosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** A sentence vector as bytes for storage (little-endian float32), and back. */
export function embeddingToBytes(vector: Float32Array): Uint8Array {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  vector.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return bytes;
}

export function embeddingFromBytes(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: Math.floor(bytes.byteLength / 4) }, (_, i) => view.getFloat32(i * 4, true));
}
