import "server-only";
import { candidateEncoderTexts } from "@/domain/claim-matching/match-candidate";
import { db } from "../../db";
import { sentenceEmbeddingsOf, sentenceTextHash } from "./sentence-embeddings-store";

const CHUNK_SIZE = 256;

/**
 * Encodes every indexed text (claims' quotes and restatements, other fact-checkers' claims) that
 * has no stored sentence vector yet, so that searches find their candidates' vectors in the
 * database instead of encoding them while the user waits (about 20 ms a text). Run at server
 * start (instrumentation.ts) and by the benchmark after loading the archive. Its encoding is
 * "background": a search arriving meanwhile has its texts encoded first.
 */
export async function embedIndexedTexts(onProgress: (done: number, total: number) => void = () => {}): Promise<{ texts: number; encoded: number }> {
  const claims = await db.claim.findMany({ select: { exact: true, restatement: true } });
  const external = await db.externalReview.findMany({ select: { claimText: true } });
  const texts = new Set<string>();
  for (const claim of claims) for (const text of Object.values(candidateEncoderTexts({ quote: claim.exact, restatement: claim.restatement }))) if (text) texts.add(text);
  for (const review of external) for (const text of Object.values(candidateEncoderTexts({ quote: review.claimText, restatement: "" }))) if (text) texts.add(text);
  const stored = new Set((await db.sentenceEmbedding.findMany({ select: { textHash: true } })).map((row) => row.textHash));
  const missing = [...texts].filter((text) => !stored.has(sentenceTextHash(text)));
  for (let start = 0; start < missing.length; start += CHUNK_SIZE) {
    await sentenceEmbeddingsOf(missing.slice(start, start + CHUNK_SIZE), "background");
    onProgress(Math.min(start + CHUNK_SIZE, missing.length), missing.length);
  }
  return { texts: texts.size, encoded: missing.length };
}
