"use client";

import { memo, startTransition, useCallback, useEffect, useMemo, useState } from "react";
import type { WorkspaceClaim } from "@/domain/overlay/workspace-model";
import { VERDICT_ICONS, verdictLabel } from "@/components/ui/verdict-badge";
import { callApi } from "@/components/api/api-client";

interface ClaimListProps {
  claims: readonly WorkspaceClaim[];
  selectedId: string | null;
  canEdit: boolean;
  /** Stable across renders (a state setter): the rows are memoized on it. */
  onSelect: (id: string) => void;
  onMerged: (message: string, selectId: string) => void;
}

/**
 * The claims in reading order, one line each (verdict cue, then the restatement or quote, cut to fit); tick two or more to merge them.
 * Rows are memoized on their claim object: a claim created, saved or selected redraws its own row (and the one it replaces as
 * selected), not the thousands of others of a long article. The page is drawn (and hydrated) with the first FIRST_ROWS rows;
 * the others follow in a transition (rendered in slices that give way to input) right after.
 */
export function ClaimList({ claims, selectedId, canEdit, onSelect, onMerged }: ClaimListProps) {
  const [allRows, setAllRows] = useState(false);
  useEffect(() => startTransition(() => setAllRows(true)), []);
  const rows = allRows || claims.length <= FIRST_ROWS ? claims : claims.slice(0, FIRST_ROWS);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const live = useMemo(() => claims.filter((c) => ticked.has(c.id)), [claims, ticked]);
  const tickable = canEdit && claims.length > 1;
  const onTick = useCallback(
    (id: string, tick: boolean) =>
      setTicked((current) => {
        const next = new Set(current);
        if (tick) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );

  async function merge() {
    const ordered = live;
    const result = await callApi("mergeClaims", { body: { claims: ordered.map((c) => ({ id: c.id, version: c.version })) } });
    if (!result.ok) {
      setError(result.code === "CONFLICT" ? "One of these claims changed elsewhere; the list is reloaded. Try again." : result.message);
      if (result.code === "CONFLICT") onMerged("Claims changed elsewhere; reloaded.", ordered[0]!.id);
      return;
    }
    setTicked(new Set());
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
          {tickable && (
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
            {rows.map((claim, index) => (
              // The row's number (in the tick's label) moves when a claim is added above it: only the tick is redrawn then.
              <li key={claim.id} className="claim-list-row" id={`claim-row-${claim.id}`}>
                {tickable && <MergeTick id={claim.id} number={index + 1} ticked={ticked.has(claim.id)} onTick={onTick} />}
                <ClaimButton claim={claim} selected={claim.id === selectedId} onSelect={onSelect} />
              </li>
            ))}
          </ol>
        </>
      )}
    </nav>
  );
}

/** Rows in the page as it is first drawn: a screenful many times over. */
const FIRST_ROWS = 150;

const MergeTick = memo(function MergeTick({ id, number, ticked, onTick }: { id: string; number: number; ticked: boolean; onTick: (id: string, tick: boolean) => void }) {
  return <input type="checkbox" aria-label={`Tick claim ${number} to merge`} checked={ticked} onChange={(e) => onTick(id, e.target.checked)} />;
});

const ClaimButton = memo(function ClaimButton({ claim, selected, onSelect }: { claim: WorkspaceClaim; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="claim-list-item" aria-current={selected ? "true" : undefined} onClick={() => onSelect(claim.id)} title={claim.restatement}>
      <span className="verdict-cue" data-verdict={claim.verdict ?? "unrated"} title={verdictLabel(claim.verdict)}>
        <span aria-hidden="true">{VERDICT_ICONS[claim.verdict ?? "unrated"]}</span>
        <span className="visually-hidden">{verdictLabel(claim.verdict)}: </span>
      </span>
      <span className="claim-list-text">{claim.restatement}</span>
      {claim.orphaned && <span className="badge">Not found in the text</span>}
    </button>
  );
});
