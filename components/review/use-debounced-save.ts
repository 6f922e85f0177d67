"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SaveState } from "./save-status";

/**
 * Saves a value a moment after the user stops changing it. `save` resolves to null when it
 * worked, or to a message; a retry saves the latest value again. Saves never overlap: a change
 * made during a save is saved right after it.
 */
export function useDebouncedSave<T>(value: T, save: (value: T) => Promise<string | null>, options: { delayMs?: number; enabled: boolean }) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const saveRef = useRef(save);
  saveRef.current = save;
  const lastSaved = useRef<string>(JSON.stringify(value));
  const latest = useRef(value);
  latest.current = value;
  const running = useRef(false);
  const again = useRef(false);

  const flush = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    const snapshot = latest.current;
    const serialized = JSON.stringify(snapshot);
    if (serialized === lastSaved.current) return;
    running.current = true;
    setState({ kind: "saving" });
    const problem = await saveRef.current(snapshot);
    running.current = false;
    if (problem === null) {
      lastSaved.current = serialized;
      setState({ kind: "saved" });
    } else {
      setState({ kind: "failed", message: problem });
    }
    if (again.current) {
      again.current = false;
      if (problem === null) void flush();
    }
  }, []);

  const delay = options.delayMs ?? 700;
  const serializedValue = JSON.stringify(value);
  useEffect(() => {
    if (!options.enabled || serializedValue === lastSaved.current) return;
    const timer = setTimeout(() => void flush(), delay);
    return () => clearTimeout(timer);
  }, [serializedValue, options.enabled, delay, flush]);

  // A save that failed while offline is retried as soon as the browser is back online.
  const failed = state.kind === "failed";
  useEffect(() => {
    if (!failed || !options.enabled) return;
    const retry = () => void flush();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [failed, options.enabled, flush]);

  /** Marks a value as already stored (e.g. after choosing the other side of a conflict). */
  const markSaved = useCallback((stored: T) => {
    lastSaved.current = JSON.stringify(stored);
    setState({ kind: "saved" });
  }, []);

  return { state, retry: () => void flush(), flush, markSaved, setState };
}
