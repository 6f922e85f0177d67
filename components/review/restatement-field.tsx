"use client";

import { useRef, useState } from "react";
import { ConflictPanel } from "./conflict-panel";
import { SaveStatus } from "./save-status";
import { sendJson } from "./send-json";
import type { ClaimVersion } from "./claim-version";
import { useDebouncedSave } from "./use-debounced-save";

interface RestatementFieldProps {
  claimId: string;
  initial: string;
  version: ClaimVersion;
  canEdit: boolean;
  onSaved: () => void;
}

interface ClaimSnapshot {
  restatement: string;
  version: number;
}

/** The claim as one checkable sentence; autosaves, and on a conflict shows both versions. */
export function RestatementField({ claimId, initial, version, canEdit, onSaved }: RestatementFieldProps) {
  const [restatement, setRestatement] = useState(initial);
  const [conflict, setConflict] = useState<ClaimSnapshot | null>(null);
  /** The restatement as last read from or saved to the server: a conflict where it is unchanged is only someone else's rating or boundary change. */
  const base = useRef(initial);

  async function save(value: string, atVersion?: number): Promise<string | null> {
    const result = await version.queue(() => sendJson<ClaimSnapshot>("PATCH", `/api/claims/${claimId}`, { version: atVersion ?? version.get(), restatement: value }));
    if (result.ok) {
      version.set(result.data.version);
      base.current = result.data.restatement;
      setConflict(null);
      onSaved();
      return null;
    }
    if (result.code === "CONFLICT") {
      const current = (result.details as { current?: ClaimSnapshot } | null)?.current;
      if (current && current.restatement === base.current && atVersion === undefined) {
        version.set(current.version);
        return save(value, current.version);
      }
      if (current) setConflict(current);
      return "someone else saved first; choose a version below.";
    }
    return result.message;
  }

  const autosave = useDebouncedSave(restatement, (value) => save(value), { enabled: canEdit && conflict === null });

  return (
    <div className="field">
      <div className="field-heading">
        <label htmlFor="restatement">Restatement</label>
        <SaveStatus state={autosave.state} onRetry={autosave.retry} field="restatement" />
      </div>
      <textarea id="restatement" value={restatement} onChange={(e) => setRestatement(e.target.value)} rows={3} disabled={!canEdit} aria-describedby="restatement-hint" />
      <span className="hint" id="restatement-hint">
        The claim as one checkable sentence. Saved as you type.
      </span>
      {conflict && (
        <ConflictPanel
          field="restatement"
          theirs={conflict.restatement}
          mine={restatement}
          onKeepTheirs={() => {
            version.set(conflict.version);
            base.current = conflict.restatement;
            setRestatement(conflict.restatement);
            autosave.markSaved(conflict.restatement);
            setConflict(null);
            onSaved();
          }}
          onKeepMine={() => {
            const theirs = conflict;
            autosave.setState({ kind: "saving" });
            void save(restatement, theirs.version).then((problem) => {
              if (problem === null) autosave.markSaved(restatement);
              else autosave.setState({ kind: "failed", message: problem });
            });
          }}
        />
      )}
    </div>
  );
}
