import { anchorOutcome } from "../anchoring/anchor-quote";
import type { OrphanReason } from "../anchoring/types";

/** A place a reviewer can re-attach an orphan to in one click, with the text that is there. */
export interface OrphanSuggestion {
  start: number;
  end: number;
  text: string;
}

export interface OrphanExplanation {
  reason: OrphanReason;
  suggestions: OrphanSuggestion[];
}

export interface OrphanAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * Why an orphaned claim is not placed on the current text, and where it might be: the matcher run
 * again on the current text, carrying the claim's old position through the changes from the text
 * it was last found in. A claim a reviewer detached from a place the matcher would still choose is
 * explained as changed text, with that place offered back.
 */
export function explainOrphan(currentText: string, anchor: OrphanAnchor, lastFoundIn: string | undefined): OrphanExplanation {
  const outcome = anchorOutcome(
    currentText,
    { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    { start: anchor.start, end: anchor.end },
    lastFoundIn === undefined ? undefined : { previousText: lastFoundIn },
  );
  const places = outcome.placed ? [outcome.placed] : outcome.suggestions;
  return {
    reason: outcome.reason ?? "text_changed",
    suggestions: places.map((p) => ({ start: p.start, end: p.end, text: currentText.slice(p.start, p.end) })),
  };
}
