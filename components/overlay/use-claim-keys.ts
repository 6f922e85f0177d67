"use client";

import { useEffect } from "react";

const NEXT_KEYS = new Set(["j", "n"]);
const PREVIOUS_KEYS = new Set(["k", "p"]);

/**
 * j / n: next claim, k / p: previous claim, anywhere on the page except while typing, with a
 * modifier held, or while a dialog is open.
 */
export function useClaimKeys(onStep: (step: 1 | -1) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]")) return;
      if (document.querySelector("dialog[open]")) return;
      const key = event.key.toLowerCase();
      if (NEXT_KEYS.has(key)) onStep(1);
      else if (PREVIOUS_KEYS.has(key)) onStep(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onStep]);
}
