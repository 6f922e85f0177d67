"use client";

import { useState } from "react";
import type { ReaderClaim } from "@/domain/overlay/reader-model";
import { VERDICT_ICONS, verdictLabel } from "@/components/ui/verdict-badge";
import { callApi } from "@/components/api/api-client";

interface ClaimListProps {
  claims: ReaderClaim[];
  versions: Record<string, { version: number; checkable: boolean }>;
  selectedId: string | null;
  canEdit: boolean;
  onSelect: (id: string) => void;
  onMerged: (message: string, selectId: string) => void;
}

/** The claims in reading order, one line each (verdict cue, then the restatement or quote, cut to fit); tick two or more to merge them. */
export function ClaimList({ claims, versions, selectedId, canEdit, onSelect, onMerged }: ClaimListProps) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const live = ticked.filter((id) => claims.some((c) => c.id === id));

  async function merge() {
    const ordered = claims.filter((c) => live.includes(c.id));
    const result = await callApi("mergeClaims", { body: { claims: ordered.map((c) => ({ id: c.id, version: versions[c.id]?.version ?? 1 })) } });
    if (!result.ok) {
      setError(result.code === "CONFLICT" ? "One of these claims changed elsewhere; the list is reloaded. Try again." : result.message);
      if (result.code === "CONFLICT") onMerged("Claims changed elsewhere; reloaded.", ordered[0]!.id);
      return;
    }
    setTicked([]);
    setError(null);
    onMerged(`${ordered.length} claims merged into one.`, result.data.id);
  }

  return (
    <nav className="workspace-claims" aria-label="Claims">
      <h2>Claims ({claims.length})</h2>
      {claims.length === 0 ? (
        <p className="hint empty-state">
          No claims yet. Select a sentence in the article and press <strong>Create claim from selection</strong> (or <kbd>c</kbd>), or press <strong>Suggest claims</strong>.
        </p>
      ) : (
        <>
          {canEdit && claims.length > 1 && (
            <div className="merge-bar">
              <button type="button" className="button small secondary" disabled={live.length < 2} onClick={() => void merge()}>
                Merge ticked claims ({live.length})
              </button>
              {error && (
                <p className="form-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          )}
          <ol>
            {claims.map((claim, index) => (
              <li key={claim.id} className="claim-list-row">
                {canEdit && claims.length > 1 && (
                  <input
                    type="checkbox"
                    aria-label={`Tick claim ${index + 1} to merge`}
                    checked={live.includes(claim.id)}
                    onChange={(e) => setTicked(e.target.checked ? [...live, claim.id] : live.filter((id) => id !== claim.id))}
                  />
                )}
                <button type="button" className="claim-list-item" aria-current={claim.id === selectedId ? "true" : undefined} onClick={() => onSelect(claim.id)} title={claim.restatement}>
                  <span className="verdict-cue" data-verdict={claim.verdict ?? "unrated"} title={verdictLabel(claim.verdict)}>
                    <span aria-hidden="true">{VERDICT_ICONS[claim.verdict ?? "unrated"]}</span>
                    <span className="visually-hidden">{verdictLabel(claim.verdict)}: </span>
                  </span>
                  <span className="claim-list-text">{claim.restatement}</span>
                  {claim.orphaned && <span className="badge">Not found in the text</span>}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </nav>
  );
}
