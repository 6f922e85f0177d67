import type { AnchorResult } from "../../domain/anchoring";
import type { HardCase } from "./hard-cases";

/**
 * Outcomes of the hard cases. *Correct*: the exact expected range, or an orphan when the claim's
 * text is gone. *Near*: placed overlapping the expected range with other bounds. *Wrong*: placed
 * on other text, or placed although the claim's text is gone. *Missed*: orphaned although its text
 * is still there.
 */
export interface HardTally {
  cases: number;
  correct: number;
  near: number;
  wrong: number;
  missed: number;
}

export const emptyHardTally = (): HardTally => ({ cases: 0, correct: 0, near: 0, wrong: 0, missed: 0 });

export function judge(c: HardCase, result: AnchorResult | null): keyof Omit<HardTally, "cases"> {
  const expected = c.expected;
  if (expected === null) return result === null ? "correct" : "wrong";
  if (result === null) return "missed";
  if (result.start === expected.start && result.end === expected.end) return "correct";
  return result.start < expected.end && result.end > expected.start ? "near" : "wrong";
}

export type HardMatcher = (c: HardCase) => AnchorResult | null;

/** Tallies by a grouping key (kind, span length, prose), plus "all". */
export function tallyBy(cases: readonly HardCase[], results: readonly (AnchorResult | null)[], key: (c: HardCase) => string): Map<string, HardTally> {
  const tallies = new Map<string, HardTally>();
  cases.forEach((c, i) => {
    for (const group of [key(c), "all"]) {
      const t = tallies.get(group) ?? emptyHardTally();
      t.cases++;
      t[judge(c, results[i] ?? null)]++;
      tallies.set(group, t);
    }
  });
  return tallies;
}

export const share = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

/** "correct / wrong / orphaned-missed / near" as shares of the cases. */
export function cell(t: HardTally | undefined): string {
  if (!t) return "–";
  return `${share(t.correct, t.cases)} / **${share(t.wrong, t.cases)}** / ${share(t.missed, t.cases)} / ${share(t.near, t.cases)}`;
}
