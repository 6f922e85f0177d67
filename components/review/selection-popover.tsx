"use client";

import { useEffect, useRef } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import { VERDICT_ICONS } from "@/components/ui/verdict-badge";

/** The same keys as everywhere in the workspace: 5 Supported … 1 Contradicted, 0 Not checkable. */
export const VERDICT_KEYS: Record<Verdict, string> = { supported: "5", mostly_supported: "4", mixed: "3", unsupported: "2", contradicted: "1", not_checkable: "0" };
const VERDICT_OF_KEY = Object.fromEntries(Object.entries(VERDICT_KEYS).map(([verdict, key]) => [key, verdict as Verdict]));

/** Where the popover sits, relative to the element it is drawn in (the article column). */
export interface PopoverPlace {
  top: number;
  left: number;
}

/** The place just under a rectangle of the page (a selection, a sentence), in the coordinates of `container`. */
export function placeUnder(rect: DOMRect, container: Element): PopoverPlace {
  const box = container.getBoundingClientRect();
  return { top: rect.bottom - box.top + 6, left: Math.max(0, Math.min(rect.left - box.left, box.width - 320)) };
}

/** The rectangle of the current text selection, or null when nothing is selected. */
export function selectionRect(): DOMRect | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  return rects.length > 0 ? rects[rects.length - 1]! : selection.getRangeAt(0).getBoundingClientRect();
}

interface SelectionPopoverProps {
  place: PopoverPlace;
  /** How many characters the claim would span (shown, so a stray one-letter selection is noticed). */
  length: number;
  busy: boolean;
  /** Opened from the keyboard: the first button takes the focus. */
  focusFirst: boolean;
  onRate: (verdict: Verdict) => void;
  onClaim: () => void;
  onClose: () => void;
}

/**
 * Select, rate, done: a small toolbar at the selection (as Hypothesis does) with the six verdicts and "Claim".
 * A verdict makes the claim and records it as this reviewer's rating in one request; "Claim" makes it unrated.
 * While it is open the verdict keys (5…1, 0), c (Claim) and Escape act on it.
 */
export function SelectionPopover({ place, length, busy, focusFirst, onRate, onClaim, onClose }: SelectionPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onRate, onClaim, onClose, busy });
  useEffect(() => {
    handlers.current = { onRate, onClaim, onClose, busy };
  });
  useEffect(() => {
    if (focusFirst) ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [focusFirst]);
  useEffect(() => {
    // Capture phase: the popover's keys win over the workspace's (which would rate the selected claim instead).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const { onRate, onClaim, onClose, busy } = handlers.current;
      const verdict = VERDICT_OF_KEY[event.key];
      if (event.key === "Escape") onClose();
      else if (busy && (verdict || event.key === "c")) {
        // A second press while the claim is being made must not make another one.
      } else if (verdict) onRate(verdict);
      else if (event.key === "c") onClaim();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, []);

  return (
    <div
      ref={ref}
      className="selection-popover"
      role="toolbar"
      aria-label={`Rate the selection (${length} characters)`}
      style={{ top: place.top, left: place.left }}
      // Keep the article's text selection while the mouse goes down on a button.
      onMouseDown={(e) => e.preventDefault()}
    >
      {VERDICTS.map((verdict) => (
        <button
          key={verdict}
          type="button"
          className="verdict-choice"
          data-verdict={verdict}
          disabled={busy}
          aria-keyshortcuts={VERDICT_KEYS[verdict]}
          title={`${VERDICT_LABELS[verdict]} (key ${VERDICT_KEYS[verdict]})`}
          onClick={() => onRate(verdict)}
        >
          <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span> {VERDICT_LABELS[verdict]}
        </button>
      ))}
      <button type="button" className="button small" disabled={busy} aria-keyshortcuts="c" title="Make the claim without a verdict yet (key c)" onClick={onClaim}>
        Claim
      </button>
      <button type="button" className="link-button" aria-label="Close" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
