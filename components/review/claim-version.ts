"use client";

import { useRef } from "react";

/**
 * One queue for every save of a claim from this editor, so this user's own saves run one after
 * another. Versions are kept per field (useFieldVersion): a field only ever sends the version at
 * which it last saw its own value on the server, so a save of one field (or a page refresh)
 * never lets another field overwrite text it has not seen.
 */
export function useClaimVersion(fromServer: number) {
  const initial = useRef(fromServer);
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return {
    /** The version the claim had when this editor opened it. */
    initial: initial.current,
    /** Runs the save after the ones already queued. */
    queue: <T,>(task: () => Promise<T>): Promise<T> => {
      const run = tail.current.then(task, task);
      tail.current = run.catch(() => undefined);
      return run;
    },
  };
}
export type ClaimVersion = ReturnType<typeof useClaimVersion>;

/** The claim version at which one field last matched the server (loaded, saved, or reconciled after a conflict). */
export function useFieldVersion(claim: ClaimVersion) {
  const version = useRef(claim.initial);
  return {
    get: () => version.current,
    set: (next: number) => {
      version.current = next;
    },
  };
}
export type FieldVersion = ReturnType<typeof useFieldVersion>;
