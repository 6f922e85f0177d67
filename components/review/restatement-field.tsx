"use client";

import { useRef, useState } from "react";
import { ConflictPanel } from "./conflict-panel";
import { RestoredNotice } from "./restored-notice";
import { SaveStatus } from "./save-status";
import { callApi } from "@/components/api/api-client";
import { saveClaimField } from "./save-claim-field";
import { useFieldVersion, type ClaimVersion } from "./claim-version";
import { useDebouncedSave } from "./use-debounced-save";
import { useLocalDraft } from "./use-local-draft";
import { useConflictResolution } from "./use-conflict-resolution";
import type { ClaimChange } from "./use-workspace-claims";

interface RestatementFieldProps {
  claimId: string;
  initial: string;
  version: ClaimVersion;
  canEdit: boolean;
  /** Saved: the stored claim from the route's answer (none when this user took the other version). */
  onSaved: (change?: ClaimChange) => void;
}

interface Theirs {
  restatement: string;
  version: number;
}

/** The claim as one checkable sentence; autosaves, and on a conflict shows both versions to merge. */
export function RestatementField({ claimId, initial, version, canEdit, onSaved }: RestatementFieldProps) {
  const [restatement, setRestatement] = useState(initial);
  const [conflict, setConflict] = useState<Theirs | null>(null);
  const fieldVersion = useFieldVersion(version);
  /** The restatement as last read from or saved to the server: a conflict where it is unchanged is only someone else's change of another field. */
  const base = useRef(initial);
  const draft = useLocalDraft(`${claimId}:restatement`, restatement, version.initial, (kept, sameBase) => {
    setRestatement(kept);
    if (!sameBase) setConflict({ restatement: initial, version: fieldVersion.get() });
  });

  async function save(value: string): Promise<string | null> {
    const result = await saveClaimField({
      claim: version,
      version: fieldVersion,
      send: (at) => callApi("updateClaim", { params: { id: claimId }, body: { version: at, restatement: value } }),
      // Unchanged, or already holding exactly this text (a save that landed while the page reloaded).
      unchangedOnServer: ({ current }) => current.restatement === base.current || current.restatement === value,
      versionOf: (data) => data.version,
    });
    if (result.ok) {
      base.current = result.data.restatement;
      draft.confirm(result.data.restatement, result.data.version);
      setConflict(null);
      onSaved({ id: claimId, version: result.data.version, restatement: result.data.restatement });
      return null;
    }
    if (result.conflict) setConflict({ restatement: result.conflict.current.restatement, version: result.conflict.current.version });
    return result.message;
  }

  const autosave = useDebouncedSave(restatement, (value) => save(value), { enabled: canEdit && conflict === null });
  const resolution = useConflictResolution({ version: fieldVersion, base, draft, autosave, setValue: setRestatement, clearConflict: () => setConflict(null), save, onSaved: () => onSaved() });

  return (
    <div className="field">
      <div className="field-heading">
        <label htmlFor="restatement">Restatement</label>
        <SaveStatus state={autosave.state} onRetry={autosave.retry} field="restatement" />
      </div>
      <textarea id="restatement" value={restatement} onChange={(e) => setRestatement(e.target.value)} rows={2} disabled={!canEdit} aria-describedby="restatement-hint" placeholder="The claim as one checkable sentence" />
      <span className="visually-hidden" id="restatement-hint">
        The claim as one checkable sentence. Saved as you type.
      </span>
      {draft.restored && <RestoredNotice onDismiss={draft.dismiss} />}
      {conflict && (
        <ConflictPanel
          fields={[{ key: "restatement", label: "Restatement", theirs: conflict.restatement, mine: restatement }]}
          onKeepTheirs={() => resolution.keepTheirs({ theirs: conflict.restatement, version: conflict.version })}
          onResolve={(values) => resolution.saveChosen({ theirs: conflict.restatement, version: conflict.version }, values.restatement ?? restatement)}
        />
      )}
    </div>
  );
}
