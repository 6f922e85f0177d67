/**
 * Document frequencies of the indexed claims, per field, for BM25's inverse document
 * frequency and length normalization. Built from the same analyzer as the queries.
 */
export interface CorpusStatistics {
  documentCount: number;
  claim: FieldStatistics;
  title: FieldStatistics;
  tags: FieldStatistics;
  /** Claim, title and tags as one text. */
  all: FieldStatistics;
}

export interface FieldStatistics {
  documentFrequency: Map<string, number>;
  averageLength: number;
}

export interface FieldStems {
  claim: string[];
  title: string[];
  tags: string[];
}

const FIELDS = ["claim", "title", "tags", "all"] as const;

export function emptyCorpusStatistics(): CorpusStatistics {
  const empty = () => ({ documentFrequency: new Map<string, number>(), averageLength: 0 });
  return { documentCount: 0, claim: empty(), title: empty(), tags: empty(), all: empty() };
}

export function buildCorpusStatistics(documents: Iterable<FieldStems>): CorpusStatistics {
  const stats = emptyCorpusStatistics();
  const totals = { claim: 0, title: 0, tags: 0, all: 0 };
  for (const document of documents) {
    stats.documentCount++;
    const all = [...document.claim, ...document.title, ...document.tags];
    for (const field of FIELDS) {
      const stems = field === "all" ? all : document[field];
      totals[field] += stems.length;
      const frequency = stats[field].documentFrequency;
      for (const term of new Set(stems)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  for (const field of FIELDS) {
    stats[field].averageLength = stats.documentCount ? totals[field] / stats.documentCount : 0;
  }
  return stats;
}

/** BM25's idf, never negative (Lucene's form). */
export function inverseDocumentFrequency(stats: CorpusStatistics, field: FieldStatistics, term: string): number {
  const df = field.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (stats.documentCount - df + 0.5) / (df + 0.5));
}
