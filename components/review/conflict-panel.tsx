"use client";

import { useState } from "react";

export interface MergeField {
  key: string;
  label: string;
  theirs: string;
  mine: string;
  /** A choice list (e.g. verdicts) instead of free text. */
  options?: readonly { value: string; label: string }[];
}

const shown = (field: MergeField, value: string) => (field.options ? (field.options.find((o) => o.value === value)?.label ?? "(none)") : value || "(empty)");

/**
 * Someone saved the claim while this user was editing it. For each field that differs: their
 * saved value, this user's unsaved one, and the value to save (this user's at first; keep
 * either, or edit it). Nothing is written until the user saves the result.
 */
export function ConflictPanel({ fields, onResolve, onKeepTheirs, what = "claim" }: { fields: readonly MergeField[]; onResolve: (values: Record<string, string>) => void; onKeepTheirs: () => void; what?: string }) {
  const [result, setResult] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.key, f.mine])));
  return (
    <div className="conflict-panel" role="alert" data-fields={fields.map((f) => f.key).join(" ")}>
      <p>
        <strong>Someone else saved this {what} while you were editing it.</strong> Nothing was overwritten, and your text is kept below. For each field, keep their version, yours, or edit
        the result, then save it.
      </p>
      {fields.map((field) => (
        <fieldset key={field.key} className="conflict-field" data-field={field.key}>
          <legend>{field.label}</legend>
          <div className="conflict-versions">
            <figure>
              <figcaption>Their version (saved)</figcaption>
              <blockquote data-testid={`conflict-theirs-${field.key}`}>{shown(field, field.theirs)}</blockquote>
            </figure>
            <figure>
              <figcaption>Your version (not saved)</figcaption>
              <blockquote data-testid={`conflict-mine-${field.key}`}>{shown(field, field.mine)}</blockquote>
            </figure>
          </div>
          <div className="button-row">
            <button type="button" className="button secondary small" onClick={() => setResult({ ...result, [field.key]: field.theirs })}>
              Use theirs
            </button>
            <button type="button" className="button secondary small" onClick={() => setResult({ ...result, [field.key]: field.mine })}>
              Use mine
            </button>
          </div>
          <label htmlFor={`merge-${field.key}`}>{field.label} to save</label>
          {field.options ? (
            <select id={`merge-${field.key}`} value={result[field.key] ?? ""} onChange={(e) => setResult({ ...result, [field.key]: e.target.value })}>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <textarea id={`merge-${field.key}`} rows={3} value={result[field.key] ?? ""} onChange={(e) => setResult({ ...result, [field.key]: e.target.value })} />
          )}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button secondary" onClick={onKeepTheirs}>
          Keep their version
        </button>
        <button type="button" className="button" onClick={() => onResolve(result)}>
          Save this version
        </button>
      </div>
    </div>
  );
}
