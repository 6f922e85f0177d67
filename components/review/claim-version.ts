"use client";

import { useRef } from "react";

/**
 * The claim version this editor last saw, and one queue for every save of the claim. Saves
 * that bump the version (restatement, rating, boundaries) run one after another and report the
 * new version here, so this user's own saves never refuse each other as stale; a page refresh
 * that brings a newer version moves it forward too.
 */
export function useClaimVersion(fromServer: number) {
  const version = useRef(fromServer);
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  if (fromServer > version.current) version.current = fromServer;
  return {
    get: () => version.current,
    set: (next: number) => {
      version.current = next;
    },
    /** Runs the save after the ones already queued. */
    queue: <T,>(task: () => Promise<T>): Promise<T> => {
      const run = tail.current.then(task, task);
      tail.current = run.catch(() => undefined);
      return run;
    },
  };
}
export type ClaimVersion = ReturnType<typeof useClaimVersion>;
