import { describeRange } from "../anchoring/describe-range";
import { reanchorClaims } from "../anchoring/reanchor-claims";
import type { AnchorMethod, TextQuoteSelector } from "../anchoring/types";

/** A claim as stored: its selectors describe the text of the revision it is anchored to. */
export interface StoredClaimAnchor {
  id: string;
  revisionId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: boolean;
}

/**
 * What happened to one claim when the article got a new text:
 * - `unchanged`: same text at the same offsets;
 * - `moved`: the same text found elsewhere (text was inserted or deleted before it);
 * - `fuzzy`: an approximate match, for a reviewer to confirm or detach;
 * - `orphaned`: not found; the claim keeps its old selectors and revision;
 * - `still_orphaned`: an orphan that is still not found.
 * `recovered` marks an orphan of an earlier revision that the new text places again.
 */
export type ReanchorKind = "unchanged" | "moved" | "fuzzy" | "orphaned" | "still_orphaned";

export interface PlacedAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
  quote: TextQuoteSelector;
}

export interface ReanchorOutcome {
  claimId: string;
  kind: ReanchorKind;
  recovered: boolean;
  /** The new place and selectors on the new text, or null for an orphan. */
  placed: PlacedAnchor | null;
}

/**
 * Re-anchors every claim onto `newText`. Claims may sit on different revisions (orphans stay on
 * the revision where they were last found), so each group is carried over from its own text.
 */
export function classifyReanchoring(
  newText: string,
  claims: readonly StoredClaimAnchor[],
  revisionTexts: ReadonlyMap<string, string>,
): ReanchorOutcome[] {
  const byRevision = new Map<string, StoredClaimAnchor[]>();
  for (const claim of claims) {
    const group = byRevision.get(claim.revisionId) ?? [];
    group.push(claim);
    byRevision.set(claim.revisionId, group);
  }
  const outcomes = new Map<string, ReanchorOutcome>();
  for (const [revisionId, group] of byRevision) {
    const oldText = revisionTexts.get(revisionId);
    if (oldText === undefined) throw new Error(`The text of revision ${revisionId} is missing`);
    const results = reanchorClaims(
      oldText,
      newText,
      group.map((c) => ({ id: c.id, quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix }, position: { start: c.start, end: c.end } })),
    );
    results.forEach((reanchored, index) => {
      const claim = group[index]!;
      const { result } = reanchored;
      if (!result) {
        outcomes.set(claim.id, { claimId: claim.id, kind: claim.orphaned ? "still_orphaned" : "orphaned", recovered: false, placed: null });
        return;
      }
      const kind: ReanchorKind = result.method === "fuzzy" ? "fuzzy" : reanchored.moved ? "moved" : "unchanged";
      const { quote } = describeRange(newText, result.start, result.end);
      outcomes.set(claim.id, {
        claimId: claim.id,
        kind,
        recovered: claim.orphaned,
        placed: { start: result.start, end: result.end, method: result.method, score: result.score, quote },
      });
    });
  }
  return claims.map((c) => outcomes.get(c.id)!);
}

export type ReanchorCounts = Record<ReanchorKind, number> & { recovered: number; total: number };

export function countOutcomes(outcomes: readonly ReanchorOutcome[]): ReanchorCounts {
  const counts: ReanchorCounts = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0, still_orphaned: 0, recovered: 0, total: outcomes.length };
  for (const outcome of outcomes) {
    counts[outcome.kind] += 1;
    if (outcome.recovered) counts.recovered += 1;
  }
  return counts;
}
