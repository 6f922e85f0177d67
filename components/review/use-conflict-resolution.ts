"use client";

import type { RefObject } from "react";
import type { FieldVersion } from "./claim-version";
import type { useDebouncedSave } from "./use-debounced-save";
import type { useLocalDraft } from "./use-local-draft";

export interface FieldConflict<T> {
  /** The value stored on the server (someone else's). */
  theirs: T;
  /** The claim version it was read at. */
  version: number;
}

interface ConflictResolutionParts<T> {
  version: FieldVersion;
  /** The field's value as last read from or saved to the server. */
  base: RefObject<T>;
  draft: ReturnType<typeof useLocalDraft<T>>;
  autosave: ReturnType<typeof useDebouncedSave<T>>;
  /** What the field shows. */
  setValue: (value: T) => void;
  clearConflict: () => void;
  /** Saves a value at the field's version; null when it was saved, else the problem. */
  save: (value: T) => Promise<string | null>;
  onSaved: () => void;
}

/**
 * The two ways out of a field's merge panel, the same for every autosaved claim field:
 * - keep theirs: their value becomes the field's value, its base and its confirmed draft, at their version (nothing to save);
 * - save the chosen value (mine, theirs or an edit of both) over theirs: deliberate now, so their value is the new base
 *   and the save goes at their version; the status shows the outcome.
 */
export function useConflictResolution<T>({ version, base, draft, autosave, setValue, clearConflict, save, onSaved }: ConflictResolutionParts<T>) {
  return {
    keepTheirs(conflict: FieldConflict<T>) {
      version.set(conflict.version);
      base.current = conflict.theirs;
      draft.confirm(conflict.theirs);
      setValue(conflict.theirs);
      autosave.markSaved(conflict.theirs);
      clearConflict();
      onSaved();
    },
    saveChosen(conflict: FieldConflict<T>, chosen: T) {
      version.set(conflict.version);
      base.current = conflict.theirs;
      setValue(chosen);
      autosave.setState({ kind: "saving" });
      void save(chosen).then((problem) => {
        if (problem === null) autosave.markSaved(chosen);
        else autosave.setState({ kind: "failed", message: problem });
      });
    },
  };
}
