"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";
import { saveClaimField } from "./save-claim-field";
import { useFieldVersion, type ClaimVersion } from "./claim-version";
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, wordsOf } from "./word-steps";

interface ClaimSpanToolsProps {
  claim: { id: string; start: number; end: number };
  text: string;
  checkable: boolean;
  version: ClaimVersion;
  onChanged: (message: string, selectId?: string) => void;
  onDelete: () => void;
  /** Whether the boundary and split tools are unfolded (kept by the editor: these tools are remade after every resize). */
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** Boundaries word by word, split at a word, not-checkable toggle, delete (with undo in the status line). */
export function ClaimSpanTools({ claim, text, checkable, version, onChanged, onDelete, open, onToggle }: ClaimSpanToolsProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = wordsOf(text, claim.start, claim.end).slice(1);
  const [splitAt, setSplitAt] = useState<number | "">("");
  const fieldVersion = useFieldVersion(version);

  /** Runs a span change at the version these tools last saw; retried when only other fields changed meanwhile. */
  async function run<T, X>(send: Parameters<typeof saveClaimField<T, X>>[0]["send"], versionOf: (data: T) => number, message: (data: T) => [string, string?]) {
    setBusy(true);
    setError(null);
    const result = await saveClaimField({
      claim: version,
      version: fieldVersion,
      send,
      unchangedOnServer: ({ current }) => current.start === claim.start && current.end === claim.end && current.checkable === checkable,
      versionOf,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.conflict ? "Someone else moved or re-marked this claim just now; the page now shows their version. Check it, then try again." : result.message);
      if (result.conflict) onChanged("The claim changed elsewhere; reloaded.");
      return;
    }
    const [text, selectId] = message(result.data);
    onChanged(text, selectId);
  }

  const resize = (start: number, end: number, what: string) => {
    if (end <= start) return;
    void run((at) => callApi("resizeClaim", { params: { id: claim.id }, body: { version: at, start, end } }), (data) => data.version, () => [`Claim ${what}.`]);
  };

  return (
    <section className="claim-span-tools" aria-label="Span">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <details className="span-details" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
        <summary>Span and split</summary>
      <div className="button-row" role="group" aria-label="Claim boundaries">
        <button type="button" className="button secondary small" disabled={busy || claim.start === 0} onClick={() => resize(previousWordStart(text, claim.start), claim.end, "extended by a word at the start")}>
          ← Extend start
        </button>
        <button type="button" className="button secondary small" disabled={busy || words.length === 0} onClick={() => resize(nextWordStart(text, claim.start, claim.end), claim.end, "shortened by a word at the start")}>
          Shrink start →
        </button>
        <button type="button" className="button secondary small" disabled={busy || words.length === 0} onClick={() => resize(claim.start, previousWordEnd(text, claim.end, claim.start), "shortened by a word at the end")}>
          ← Shrink end
        </button>
        <button type="button" className="button secondary small" disabled={busy || claim.end >= text.length} onClick={() => resize(claim.start, nextWordEnd(text, claim.end), "extended by a word at the end")}>
          Extend end →
        </button>
      </div>
      {words.length > 0 && (
        <div className="split-row">
          <label htmlFor="split-at">Split before the word</label>
          <select id="split-at" value={splitAt} onChange={(e) => setSplitAt(e.target.value === "" ? "" : Number(e.target.value))}>
            <option value="">Choose a word…</option>
            {words.map((w, i) => (
              <option key={w.start} value={w.start}>
                {i + 2}. {w.word}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button secondary small"
            disabled={busy || splitAt === ""}
            onClick={() =>
              void run(
                (at) => callApi("splitClaim", { params: { id: claim.id }, body: { version: at, at: Number(splitAt) } }),
                (data) => data.first.version,
                (data) => {
                  setSplitAt("");
                  return ["Claim split in two. The second part is selected.", data.second.id];
                },
              )
            }
          >
            Split claim
          </button>
        </div>
      )}
      </details>
      <div className="button-row">
        <button
          type="button"
          className="button secondary small"
          disabled={busy}
          onClick={() =>
            void run(
              (at) => callApi("updateClaim", { params: { id: claim.id }, body: { version: at, checkable: !checkable } }),
              (data) => data.version,
              () => [checkable ? "Marked not checkable." : "Marked checkable again."],
            )
          }
        >
          {checkable ? "Mark not checkable" : "Mark checkable"}
        </button>
        <button type="button" className="button danger small" disabled={busy} onClick={onDelete}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
