import "server-only";
import type { WordVectors } from "@/domain/claim-matching/word-vectors";
import { loadWordVectors } from "./load-word-vectors";

const globalForVectors = globalThis as unknown as { claimcheckWordVectors?: WordVectors | null };

/** The re-ranker's word vectors, read once per server process (about 2 MB, tens of milliseconds); null when the files are missing. */
export function matcherWordVectors(): WordVectors | null {
  if (globalForVectors.claimcheckWordVectors === undefined) {
    globalForVectors.claimcheckWordVectors = loadWordVectors();
    if (!globalForVectors.claimcheckWordVectors) console.warn("claim matching: word vectors missing (server/data/claim-search/word-vectors), matching without them");
  }
  return globalForVectors.claimcheckWordVectors;
}
