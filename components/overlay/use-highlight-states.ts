"use client";

import { useEffect, type RefObject } from "react";

/**
 * Marks the active claim's pieces (`active`) and, with a verdict filter, the pieces of the
 * matching claims (`match`) by toggling classes on the rendered <mark> elements: the article
 * itself is never re-rendered for it. `content` is whatever the marks are drawn from, so the
 * classes are put back when the article is drawn again.
 */
export function useHighlightStates(rootRef: RefObject<HTMLElement | null>, activeClaimId: string | null | undefined, matchingClaimIds: ReadonlySet<string> | null | undefined, content: unknown) {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !activeClaimId) return;
    const pieces = root.querySelectorAll<HTMLElement>(`mark[data-claim-ids~="${CSS.escape(activeClaimId)}"]`);
    pieces.forEach((piece) => piece.classList.add("active"));
    return () => pieces.forEach((piece) => piece.classList.remove("active"));
  }, [rootRef, activeClaimId, content]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !matchingClaimIds) return;
    const pieces = [...root.querySelectorAll<HTMLElement>("mark[data-claim-ids]")].filter((piece) =>
      (piece.dataset.claimIds ?? "").split(" ").some((id) => matchingClaimIds.has(id)),
    );
    pieces.forEach((piece) => piece.classList.add("match"));
    return () => pieces.forEach((piece) => piece.classList.remove("match"));
  }, [rootRef, matchingClaimIds, content]);
}
