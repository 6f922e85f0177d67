"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const PREFIX = "claimcheck:draft:";

/** Whether any field of this tab holds text the server has not confirmed yet. */
export function hasUnsavedDrafts(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith(PREFIX) && !(JSON.parse(sessionStorage.getItem(key) ?? "{}") as { confirmed?: boolean }).confirmed) return true;
    }
  } catch {
    // Storage blocked: nothing to report.
  }
  return false;
}

/**
 * Keeps what the user typed in one field of one claim in sessionStorage until the server confirms
 * it, so Back/Forward, a reload or a crash of the tab never loses it. On mount a kept draft that
 * differs from the server's value is handed back for the field to show and save; `sameBase` says
 * whether the server still holds what the draft was typed over (if not, the field lets the user
 * merge instead of saving over someone else's newer text).
 */
export function useLocalDraft<T>(key: string, value: T, pageVersion: number, onRestore: (draft: T, sameBase: boolean) => void) {
  const storageKey = PREFIX + key;
  const [restored, setRestored] = useState(false);
  const confirmed = useRef<string>(JSON.stringify(value));
  const mounted = useRef(false);
  const restoreRef = useRef(onRestore);
  restoreRef.current = onRestore;

  useEffect(() => {
    let kept: string | null = null;
    try {
      kept = sessionStorage.getItem(storageKey);
    } catch {
      kept = null;
    }
    mounted.current = true;
    if (kept === null) return;
    const draft = JSON.parse(kept) as { value: string; base: string; confirmed?: boolean; version?: number };
    if (draft.value === confirmed.current) {
      sessionStorage.removeItem(storageKey);
      return;
    }
    // A draft the server confirmed at a version newer than this page: the page was rendered before
    // the save landed (a reload racing it). At the page's version or older, the page is newer: drop it.
    if (draft.confirmed) {
      if ((draft.version ?? 0) > pageVersion) restoreRef.current(JSON.parse(draft.value) as T, true);
      else sessionStorage.removeItem(storageKey);
      return;
    }
    setRestored(true);
    restoreRef.current(JSON.parse(draft.value) as T, draft.base === confirmed.current);
  }, [storageKey]);

  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!mounted.current) return;
    try {
      if (serialized === confirmed.current) {
        const kept = sessionStorage.getItem(storageKey);
        if (kept === null || !(JSON.parse(kept) as { confirmed?: boolean }).confirmed) sessionStorage.removeItem(storageKey);
      } else sessionStorage.setItem(storageKey, JSON.stringify({ value: serialized, base: confirmed.current }));
    } catch {
      // Storage full or blocked: the field still works, only without the safety copy.
    }
  }, [serialized, storageKey]);

  /**
   * The server holds `stored` now. The copy stays, marked confirmed (no longer "unsaved"), until a
   * page shows the server's value: a reload racing the save may render the page before it landed.
   */
  const confirm = useCallback(
    (stored: T, atVersion = 0) => {
      confirmed.current = JSON.stringify(stored);
      try {
        const kept = sessionStorage.getItem(storageKey);
        if (kept !== null && (JSON.parse(kept) as { value: string }).value === confirmed.current) {
          sessionStorage.setItem(storageKey, JSON.stringify({ value: confirmed.current, base: confirmed.current, confirmed: true, version: atVersion }));
        }
      } catch {
        // nothing kept
      }
    },
    [storageKey],
  );

  return { restored, confirm, dismiss: () => setRestored(false) };
}

/** Asks before leaving the page while a field holds unconfirmed text. */
export function useLeaveWarning() {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedDrafts()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
}
