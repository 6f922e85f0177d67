/**
 * A plain BM25 ranking over an inverted index in memory: the benchmark's baseline, and the
 * candidate source of the weight tuning (standing in for the database's full-text index).
 */
export class InMemoryBm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private averageLength = 0;

  constructor(
    private readonly ids: readonly string[],
    documents: readonly (readonly string[])[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    documents.forEach((tokens, doc) => {
      this.lengths.push(tokens.length);
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [term, tf] of counts) (this.postings.get(term) ?? this.postings.set(term, []).get(term))?.push({ doc, tf });
    });
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  search(queryTokens: readonly string[], limit: number): { id: string; score: number }[] {
    const scores = new Map<number, number>();
    const n = this.lengths.length;
    for (const term of new Set(queryTokens)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = 1 - this.b + (this.b * (this.lengths[doc] ?? 0)) / this.averageLength;
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + this.k1 * norm));
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ id: this.ids[doc] ?? "", score }));
  }
}
