"use client";

import { useEffect, useRef, useSyncExternalStore, type RefObject } from "react";
import type { Verdict } from "@/domain/ratings/scale";
import { locateText } from "./selection-offsets";

export interface HighlightedClaim {
  id: string;
  start: number;
  end: number;
  verdict: Verdict | null;
}

/** Names in the document's highlight registry (CSS `::highlight(cc-claim-supported)` …). */
export const HIGHLIGHT_PREFIX = "cc-claim-";
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
const highlightName = (verdict: Verdict | null) => `${HIGHLIGHT_PREFIX}${verdict ?? "unrated"}`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: AbstractRange[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
  if (typeof window === "undefined") return null;
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return highlights && typeof Highlight === "function" ? { highlights, Highlight } : null;
}

const neverChanges = () => () => {};

/**
 * Whether this browser draws highlights with the CSS Custom Highlight API. The server (and the
 * hydration render) assume yes; a browser without it re-renders once into <mark> pieces.
 */
export function useHighlightApi(): boolean {
  return useSyncExternalStore(neverChanges, () => registry() !== null, () => true);
}

/** A key that changes when a claim is added, removed, moved or re-rated: nothing else redraws the highlights. */
function claimsKey(claims: readonly HighlightedClaim[]): string {
  let key = "";
  for (const claim of claims) key += `${claim.id}:${claim.start}:${claim.end}:${claim.verdict ?? ""}|`;
  return key;
}

/**
 * Draws the claims over the article's text without touching it: one Range per claim, grouped
 * in one Highlight per verdict (styled in workspace.css), plus the active claim's own
 * highlight. Ranges are rebuilt only when the claims or the text change, never while the
 * reviewer types elsewhere in the workspace.
 */
export function useClaimHighlights(rootRef: RefObject<HTMLElement | null>, text: string, claims: readonly HighlightedClaim[], activeClaimId: string | null, enabled: boolean) {
  const claimsRef = useRef(claims);
  const rangesRef = useRef(new Map<string, Range>());
  const key = claimsKey(claims);
  useEffect(() => {
    claimsRef.current = claims;
  });

  useEffect(() => {
    const api = registry();
    const root = rootRef.current;
    if (!enabled || !api || !root) return;
    const locator = locateText(root);
    const byVerdict = new Map<string, Range[]>();
    const ranges = new Map<string, Range>();
    for (const claim of claimsRef.current) {
      const range = locator.range(claim.start, claim.end);
      if (!range) continue;
      ranges.set(claim.id, range);
      const name = highlightName(claim.verdict);
      const list = byVerdict.get(name) ?? [];
      list.push(range);
      byVerdict.set(name, list);
    }
    rangesRef.current = ranges;
    for (const [name, list] of byVerdict) api.highlights.set(name, new api.Highlight(...list));
    root.dataset.highlights = String(ranges.size);
    return () => {
      for (const name of byVerdict.keys()) api.highlights.delete(name);
      rangesRef.current = new Map();
    };
  }, [rootRef, text, key, enabled]);

  useEffect(() => {
    const api = registry();
    const range = activeClaimId ? rangesRef.current.get(activeClaimId) : undefined;
    if (!enabled || !api || !range) return;
    api.highlights.set(ACTIVE_HIGHLIGHT, new api.Highlight(range));
    return () => void api.highlights.delete(ACTIVE_HIGHLIGHT);
  }, [activeClaimId, text, key, enabled]);
}

/** Scrolls the article to the active claim when it changes (chosen in the list, j/k, a new claim), not on the first render. */
export function useScrollToClaim(rootRef: RefObject<HTMLElement | null>, claims: readonly HighlightedClaim[], activeClaimId: string | null) {
  const previous = useRef(activeClaimId);
  const claimsRef = useRef(claims);
  useEffect(() => {
    claimsRef.current = claims;
  });
  useEffect(() => {
    if (activeClaimId === previous.current) return;
    previous.current = activeClaimId;
    const root = rootRef.current;
    const claim = activeClaimId ? claimsRef.current.find((c) => c.id === activeClaimId) : undefined;
    if (!root || !claim) return;
    const point = locateText(root).point(claim.start, "start");
    const block = point?.node.parentElement;
    if (!block) return;
    const box = block.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) block.scrollIntoView({ block: "center" });
  }, [rootRef, activeClaimId]);
}
