import type { AnchorResult } from "../../domain/anchoring";
import type { BenchClaim } from "./cases";

export interface Tally {
  correct: number;
  /** Anchored somewhere other than the known answer (a claim should have been found elsewhere). */
  wrong: number;
  /** Anchored although the claim's text is gone (it should have been an orphan). */
  falseAnchor: number;
  /** Orphaned although its text (possibly edited) is still there. */
  missed: number;
  correctlyOrphaned: number;
  /** Of the claims whose own text is unchanged: how many were found exactly. */
  keptTextCorrect: number;
  keptTextTotal: number;
  anchors: number;
  milliseconds: number;
}

export function emptyTally(): Tally {
  return { correct: 0, wrong: 0, falseAnchor: 0, missed: 0, correctlyOrphaned: 0, keptTextCorrect: 0, keptTextTotal: 0, anchors: 0, milliseconds: 0 };
}

export function record(tally: Tally, claim: BenchClaim, result: AnchorResult | null): void {
  tally.anchors++;
  const { expected } = claim;
  const isCorrect = expected !== null && result !== null && result.start === expected.start && result.end === expected.end;
  if (claim.textKept) {
    tally.keptTextTotal++;
    if (isCorrect) tally.keptTextCorrect++;
  }
  if (expected === null) {
    if (result === null) tally.correctlyOrphaned++;
    else tally.falseAnchor++;
  } else if (result === null) tally.missed++;
  else if (isCorrect) tally.correct++;
  else tally.wrong++;
}

export function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}
