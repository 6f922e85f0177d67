import type { AnalyzedText } from "./analyze-text";
import { inverseDocumentFrequency, type CorpusStatistics, type FieldStatistics } from "./corpus-statistics";
import type { AnalyzedCandidate } from "./match-candidate";
import type { AnalyzedQuery } from "./analyze-query";
import { stemWord } from "./stem-word";
import { MATCHING_WEIGHTS } from "./matching-weights";
import { embeddingCosine, type SentenceEmbeddings } from "./sentence-embeddings";
import { dot, sentenceVector, softCoverageWithTable, WordSimilarityTable, type WordVectors } from "./word-vectors";

/** The features the scorer combines, each comparing a query with one candidate claim. */
export const FEATURE_NAMES = [
  "bm25Claim",
  "bm25Title",
  "bm25Tags",
  "bm25All",
  "candidateCoverage",
  "queryCoverage",
  "bigramOverlap",
  "charGramSimilarity",
  "numbersShared",
  "numbersMissing",
  "entitiesShared",
  "entitiesMissing",
  "negationMismatch",
  "acronymExpanded",
  "mediaMatch",
  "mediaMismatch",
  "authorShared",
  "yearMatch",
  "yearDistance",
  "vectorCosine",
  "vectorCoverageOfCandidate",
  "vectorCoverageOfQuery",
  "sentenceCosineQuote",
  "sentenceCosineRestatement",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

const K1 = 1.2;
const B = 0.75;

/** Okapi BM25 of one field for the query's stems. */
export function bm25(queryStems: readonly string[], documentStems: readonly string[], stats: CorpusStatistics, field: FieldStatistics): number {
  if (documentStems.length === 0 || queryStems.length === 0) return 0;
  const termFrequency = new Map<string, number>();
  for (const stem of documentStems) termFrequency.set(stem, (termFrequency.get(stem) ?? 0) + 1);
  const lengthNorm = 1 - B + (B * documentStems.length) / (field.averageLength || documentStems.length);
  let score = 0;
  for (const term of new Set(queryStems)) {
    const tf = termFrequency.get(term);
    if (!tf) continue;
    score += (inverseDocumentFrequency(stats, field, term) * tf * (K1 + 1)) / (tf + K1 * lengthNorm);
  }
  return score;
}

/** Share of `of`'s distinct stems (weighted by idf) that `within` contains. */
export function weightedCoverage(of: readonly string[], within: ReadonlySet<string>, stats: CorpusStatistics): number {
  let total = 0;
  let found = 0;
  for (const stem of new Set(of)) {
    const weight = inverseDocumentFrequency(stats, stats.all, stem);
    total += weight;
    if (within.has(stem)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

/** Cosine similarity of two sets. */
function setCosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return countShared(a, b) / Math.sqrt(a.size * b.size);
}

/** 1 when an acronym of one text spells the initials of words in the other ("SOTU" and "State of the Union"), written out there rather than repeated. */
function acronymExpanded(query: AnalyzedText, candidate: AnalyzedText): number {
  const expands = (acronyms: ReadonlySet<string>, other: AnalyzedText) => [...acronyms].some((acronym) => other.initialisms.has(acronym) && !other.acronyms.has(acronym));
  return expands(query.acronyms, candidate) || expands(candidate.acronyms, query) ? 1 : 0;
}

const MEDIA_WORDS = new Set(["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos", "footage", "clip", "meme", "memes", "gif"]);

/** A post with a picture or video against a claim about one: both, or one without the other. */
function mediaFeatures(queryHasMedia: boolean, claim: AnalyzedText): { mediaMatch: number; mediaMismatch: number } {
  const claimAboutMedia = claim.words.some((word) => MEDIA_WORDS.has(word));
  return { mediaMatch: queryHasMedia && claimAboutMedia ? 1 : 0, mediaMismatch: queryHasMedia !== claimAboutMedia ? 1 : 0 };
}

const YEAR = /^(19|20)\d\d$/;

/** The candidate's years against the post's: 1 when it names the post's year; else the nearest one's distance (0..1, 5 years or more = 1). */
function yearFeatures(postYear: number | null, candidateNumbers: ReadonlySet<string>): { yearMatch: number; yearDistance: number } {
  const years = [...candidateNumbers].filter((number) => YEAR.test(number)).map(Number);
  if (postYear === null || years.length === 0) return { yearMatch: 0, yearDistance: 0 };
  if (years.includes(postYear)) return { yearMatch: 1, yearDistance: 0 };
  return { yearMatch: 0, yearDistance: Math.min(5, ...years.map((year) => Math.abs(year - postYear))) / 5 };
}

/** Word idf by word (stemming each word once), per corpus statistics. */
const wordIdfCache = new WeakMap<CorpusStatistics, Map<string, number>>();

function wordIdf(stats: CorpusStatistics): (word: string) => number {
  let cache = wordIdfCache.get(stats);
  if (!cache) wordIdfCache.set(stats, (cache = new Map()));
  const known = cache;
  return (word) => {
    let idf = known.get(word);
    if (idf === undefined) known.set(word, (idf = inverseDocumentFrequency(stats, stats.all, stemWord(word))));
    return idf;
  };
}

/** The query's sentence vector and word similarity table, made once for all its candidates. */
const queryVectorCache = new WeakMap<AnalyzedText, { vector: Float32Array | null; table: WordSimilarityTable; vectors: WordVectors }>();

/** Sentence-vector cosine and soft coverage both ways of the query's body and the candidate's claim (0 without vectors). */
function vectorFeatures(query: AnalyzedText, claim: AnalyzedText, stats: CorpusStatistics, vectors: WordVectors | null) {
  if (!vectors) return { vectorCosine: 0, vectorCoverageOfCandidate: 0, vectorCoverageOfQuery: 0 };
  const idf = wordIdf(stats);
  let forQuery = queryVectorCache.get(query);
  if (forQuery?.vectors !== vectors) {
    forQuery = { vector: sentenceVector(query.words, vectors, idf), table: new WordSimilarityTable(query.words, vectors), vectors };
    queryVectorCache.set(query, forQuery);
  }
  const claimVector = sentenceVector(claim.words, vectors, idf);
  const coverage = softCoverageWithTable(claim.words, forQuery.table, idf);
  return {
    vectorCosine: forQuery.vector && claimVector ? dot(forQuery.vector, claimVector) : 0,
    vectorCoverageOfCandidate: coverage.ofWords,
    vectorCoverageOfQuery: coverage.ofTable,
  };
}

/**
 * The sentence encoder's cosine of the query with the candidate's quote and with its restatement.
 * A text without a vector (no encoder at hand, or not encoded yet) gets what a candidate usually
 * has (the train candidates' mean), so that its absence neither helps nor hurts the candidate.
 */
function sentenceFeatures(query: AnalyzedQuery, candidate: AnalyzedCandidate, embeddings: SentenceEmbeddings | null) {
  const typical = MATCHING_WEIGHTS.typicalCandidate?.mean;
  const queryVector = embeddings?.get(query.encoderText);
  const cosine = (text: string, name: "sentenceCosineQuote" | "sentenceCosineRestatement") => {
    const vector = embeddings?.get(text);
    return queryVector && vector ? embeddingCosine(queryVector, vector) : (typical?.[name] ?? 0);
  };
  return {
    sentenceCosineQuote: cosine(candidate.encoderTexts.quote, "sentenceCosineQuote"),
    sentenceCosineRestatement: cosine(candidate.encoderTexts.restatement, "sentenceCosineRestatement"),
  };
}

/**
 * Raw features of one query-candidate pair. BM25 values are unbounded; scoreCandidates
 * rescales them by the best candidate's so that weights mean the same for short and long queries.
 */
export function computeFeatures(
  analyzedQuery: AnalyzedQuery,
  candidate: AnalyzedCandidate,
  stats: CorpusStatistics,
  vectors: WordVectors | null = null,
  embeddings: SentenceEmbeddings | null = null,
): FeatureVector {
  const query = analyzedQuery.body;
  const candidateWords = new Set(candidate.all.words);
  const authorShared = analyzedQuery.authorWords.filter((word) => candidateWords.has(word)).length;
  const queryStemSet = new Set(query.stems);
  const candidateStemSet = new Set(candidate.all.stems);
  const sharedNumbers = countShared(candidate.all.numbers, query.numbers);
  const sharedEntities = countShared(candidate.all.entities, query.entities);
  return {
    bm25Claim: bm25(query.stems, candidate.claim.stems, stats, stats.claim),
    bm25Title: bm25(query.stems, candidate.title.stems, stats, stats.title),
    bm25Tags: bm25(query.stems, candidate.tags.stems, stats, stats.tags),
    bm25All: bm25(query.stems, candidate.all.stems, stats, stats.all),
    candidateCoverage: weightedCoverage(candidate.claim.stems, queryStemSet, stats),
    queryCoverage: weightedCoverage(query.stems, candidateStemSet, stats),
    bigramOverlap: candidate.all.bigrams.size ? countShared(candidate.all.bigrams, query.bigrams) / candidate.all.bigrams.size : 0,
    charGramSimilarity: setCosine(query.charGrams, candidate.all.charGrams),
    numbersShared: Math.min(sharedNumbers, 3) / 3,
    numbersMissing: candidate.all.numbers.size ? (candidate.all.numbers.size - sharedNumbers) / candidate.all.numbers.size : 0,
    entitiesShared: Math.min(sharedEntities, 3) / 3,
    entitiesMissing: candidate.all.entities.size ? (candidate.all.entities.size - sharedEntities) / candidate.all.entities.size : 0,
    negationMismatch: query.negated === candidate.all.negated ? 0 : 1,
    acronymExpanded: acronymExpanded(query, candidate.all),
    ...mediaFeatures(analyzedQuery.hasMedia, candidate.claim),
    authorShared: analyzedQuery.authorWords.length ? authorShared / analyzedQuery.authorWords.length : 0,
    ...yearFeatures(analyzedQuery.year, candidate.all.numbers),
    ...vectorFeatures(query, candidate.claim, stats, vectors),
    ...sentenceFeatures(analyzedQuery, candidate, embeddings),
  };
}
