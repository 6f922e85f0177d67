"use client";

import { useEffect, useRef, useState } from "react";
import { CLAIM_TAGS } from "@/domain/ratings/scale";
import { LongTaskProgress, useLongTask } from "./long-task";
import { callApi, newIdempotencyKey } from "@/components/api/api-client";

interface Suggestion {
  start: number;
  end: number;
  quote: string;
  score: number;
  reasons: string[];
  tags: string[];
  kind: "claim" | "advice";
  section: "article" | "comments";
  /** Near-duplicates elsewhere in the article, merged into this suggestion. */
  alsoAt?: { start: number; end: number }[];
}

/** The best-ranked suggestions are shown first; the rest on "Show more", this many at a time. */
const SHOWN_AT_ONCE = 15;

interface Row extends Suggestion {
  key: string;
  chosen: boolean;
  restatement: string;
  asNotCheckable: boolean;
}

const KNOWN_TAGS = new Set<string>(CLAIM_TAGS);

/** "Suggest claims" (button or `s`): ranked check-worthy sentences, asked for as the panel opens, to accept (one by one or in bulk), edit, or reject. Advice is labelled and accepted as not checkable. */
export function SuggestionsPanel({ slug, onAccepted, onClose }: { slug: string; onAccepted: (count: number) => void; onClose: () => void }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState(SHOWN_AT_ONCE);

  const loading = useLongTask();

  async function load() {
    setMessage(null);
    const signal = loading.start();
    let suggestions: Suggestion[];
    try {
      const response = await fetch(`/api/articles/${slug}/suggestions`, { signal });
      if (!response.ok) {
        loading.finish();
        setMessage(`Couldn't load suggestions (${response.status}).`);
        return;
      }
      ({ suggestions } = (await response.json()) as { suggestions: Suggestion[] });
    } catch {
      if (!signal.aborted) setMessage("Couldn't reach the server. Check your connection and try again.");
      loading.finish();
      return;
    }
    loading.finish();
    setRows(suggestions.map((s) => ({ ...s, key: `${s.start}-${s.end}`, chosen: false, restatement: "", asNotCheckable: s.kind === "advice" })));
  }

  // Opening the panel is asking for suggestions: load them at once (once, also under StrictMode's double effects).
  const requested = useRef(false);
  useEffect(() => {
    if (requested.current) return;
    requested.current = true;
    void load();
  }, []);

  if (rows === null) {
    return (
      <section className="suggestions-panel card" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">Suggested claims</h2>
        <p className="hint">Find the sentences most worth checking.</p>
        <LongTaskProgress running={loading.running} label="Ranking the article's sentences" onCancel={loading.cancel} />
        <div className="button-row">
          {!loading.running && (
            <button type="button" className="button" onClick={() => void load()}>
              {message ? "Try again" : "Show suggestions"}
            </button>
          )}
          <button type="button" className="button secondary" onClick={onClose}>
            Close
          </button>
        </div>
        {message && <p className="form-error" role="alert">{message}</p>}
      </section>
    );
  }

  const update = (key: string, patch: Partial<Row>) => setRows((current) => current!.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (keys: Set<string>) => setRows((current) => current!.filter((r) => !keys.has(r.key)));

  async function accept(list: Row[]) {
    if (list.length === 0) return;
    setBusy(true);
    const result = await callApi("createClaims", {
      params: { slug },
      body: { claims: list.map((r) => ({ start: r.start, end: r.end, restatement: r.restatement.trim(), checkable: !r.asNotCheckable, tags: r.tags.filter((t): t is (typeof CLAIM_TAGS)[number] => KNOWN_TAGS.has(t)) })) },
      idempotencyKey: newIdempotencyKey(),
    });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    remove(new Set(list.map((r) => r.key)));
    setMessage(null);
    onAccepted(list.length);
  }

  const visible = rows.slice(0, shown);
  const chosen = rows.filter((r) => r.chosen);
  return (
    <section className="suggestions-panel card" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggested claims ({rows.length})</h2>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="hint empty-state">No more suggestions: every check-worthy sentence is a claim already, or was rejected.</p>
      ) : (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                const choose = !visible.every((x) => x.chosen);
                const visibleKeys = new Set(visible.map((r) => r.key));
                setRows(rows.map((r) => (visibleKeys.has(r.key) ? { ...r, chosen: choose } : r)));
              }}
            >
              {visible.every((r) => r.chosen) ? "Choose none" : "Choose all"}
            </button>
            <button type="button" className="button small" disabled={busy || chosen.length === 0} onClick={() => void accept(chosen)}>
              Accept chosen ({chosen.length})
            </button>
            <button type="button" className="button small secondary" disabled={chosen.length === 0} onClick={() => remove(new Set(chosen.map((r) => r.key)))}>
              Reject chosen
            </button>
          </div>
          <ol className="suggestion-list">
            {visible.map((row, index) => (
              <li key={row.key} className="suggestion" data-kind={row.kind}>
                <div className="suggestion-head">
                  <input type="checkbox" id={`suggestion-${index}`} checked={row.chosen} onChange={(e) => update(row.key, { chosen: e.target.checked })} />
                  <label htmlFor={`suggestion-${index}`} className="suggestion-quote">
                    {row.quote}
                  </label>
                </div>
                <p className="hint">
                  {row.kind === "advice" ? <strong className="badge advice">Advice{row.section === "comments" ? " (reader comment)" : ""}</strong> : null} Score {row.score.toFixed(2)}
                  {row.reasons.length > 0 ? `: ${row.reasons.join(", ")}` : ""}
                  {row.alsoAt && row.alsoAt.length > 0 ? ` · said ${row.alsoAt.length === 1 ? "once more" : `${row.alsoAt.length} more times`} in the article` : ""}
                </p>
                <div className="field">
                  <label htmlFor={`suggestion-${index}-restatement`}>Restatement (optional)</label>
                  <input id={`suggestion-${index}-restatement`} value={row.restatement} onChange={(e) => update(row.key, { restatement: e.target.value })} />
                </div>
                <div className="suggestion-actions">
                  <label>
                    <input type="checkbox" checked={row.asNotCheckable} onChange={(e) => update(row.key, { asNotCheckable: e.target.checked })} /> Not checkable (advice, opinion)
                  </label>
                  <button type="button" className="button small" disabled={busy} onClick={() => void accept([row])} aria-label={`Accept: ${row.quote.slice(0, 80)}`}>
                    Accept
                  </button>
                  <button type="button" className="button small secondary" onClick={() => remove(new Set([row.key]))} aria-label={`Reject: ${row.quote.slice(0, 80)}`}>
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {rows.length > shown && (
            <button type="button" className="button small secondary" onClick={() => setShown(shown + SHOWN_AT_ONCE)}>
              Show {Math.min(SHOWN_AT_ONCE, rows.length - shown)} more (of {rows.length - shown} left)
            </button>
          )}
        </>
      )}
      <button type="button" className="button secondary" onClick={onClose}>
        Close suggestions
      </button>
    </section>
  );
}
