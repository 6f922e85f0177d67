/**
 * The article-extraction benchmark's scoring (evaluate.upstream.py), ported: the true and the
 * extracted body are cut into 4-word shingles of `\w+` tokens; per page true positives, false
 * positives and false negatives over shingles are normalised to sum 1; precision and recall are
 * averaged over pages; F1 = 2PR/(P+R). The upstream script is also run on the same output when
 * python3 is present, and its figures are the ones reported.
 */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, predicted: string): PageCounts {
  const trueShingles = shingles(truth);
  const predictedShingles = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...trueShingles.keys(), ...predictedShingles.keys()])) {
    const t = trueShingles.get(key) ?? 0;
    const p = predictedShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function aggregate(pages: PageCounts[]): { precision: number; recall: number; f1: number } {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
