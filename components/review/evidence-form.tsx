"use client";

import { useState, type FormEvent } from "react";
import { STANCES, STANCE_LABELS, STUDY_DESIGNS, STUDY_DESIGN_LABELS } from "@/domain/ratings/scale";
import type { WorkspaceModel } from "@/domain/overlay/workspace-model";
import { sendJson, type FieldErrors } from "./send-json";

interface EvidenceFormProps {
  claimId: string;
  bibliography: WorkspaceModel["bibliography"];
  onAdded: () => void;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Attach a source (new, or reused from this review's bibliography) with its finding, stance and design. */
export function EvidenceForm({ claimId, bibliography, onAdded }: EvidenceFormProps) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sourceId, setSourceId] = useState("");
  const id = (name: string) => `evidence-${name}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const year = text(form, "year");
    const body = {
      ...(sourceId
        ? { sourceId }
        : {
            source: {
              title: text(form, "title"),
              authors: text(form, "authors")
                .split(/;|\n/)
                .map((a) => a.trim())
                .filter(Boolean),
              container: text(form, "container"),
              year: year ? Number(year) : null,
              doi: text(form, "doi"),
              pmid: text(form, "pmid"),
              url: text(form, "url"),
            },
          }),
      finding: text(form, "finding"),
      locator: text(form, "locator"),
      stance: text(form, "stance"),
      studyDesign: text(form, "studyDesign"),
      note: text(form, "note"),
    };
    setBusy(true);
    const result = await sendJson("POST", `/api/claims/${claimId}/evidence`, body);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setMessage(result.message);
      requestAnimationFrame(() => formElement.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    setErrors({});
    setMessage(null);
    formElement.reset();
    setSourceId("");
    onAdded();
  }

  const invalid = (name: string) => (errors[name] ? true : undefined);
  const errorFor = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={id(`${name}-error`)}>
        {errors[name]!.join(" ")}
      </span>
    ) : null;
  const sourceField = (name: string, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <input id={id(name)} name={name} type={type} aria-invalid={invalid(`source.${name}`)} />
      {errorFor(`source.${name}`)}
    </div>
  );

  return (
    <form className="evidence-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id("heading")}>
      <h4 id={id("heading")}>Add evidence</h4>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {bibliography.length > 0 && (
        <div className="field">
          <label htmlFor={id("sourceId")}>Source from this review’s bibliography</label>
          <select id={id("sourceId")} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">A new source (fill in below)</option>
            {bibliography.map((s) => (
              <option key={s.id} value={s.id}>
                {s.citation.slice(0, 120)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!sourceId && (
        <fieldset>
          <legend>New source</legend>
          {sourceField("title", "Title")}
          <div className="field">
            <label htmlFor={id("authors")}>Authors</label>
            <input id={id("authors")} name="authors" aria-describedby={id("authors-hint")} />
            <span className="hint" id={id("authors-hint")}>
              Separate authors with semicolons: Luo G; Ducy P
            </span>
          </div>
          {sourceField("container", "Journal or site")}
          {sourceField("year", "Year", "number")}
          {sourceField("doi", "DOI")}
          {sourceField("pmid", "PMID")}
          {sourceField("url", "URL", "url")}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={id("finding")}>Finding or excerpt</label>
        <textarea id={id("finding")} name="finding" rows={3} aria-invalid={invalid("finding")} />
        {errorFor("finding")}
      </div>
      <div className="field">
        <label htmlFor={id("locator")}>Locator (page, section, figure)</label>
        <input id={id("locator")} name="locator" />
      </div>
      <div className="field">
        <label htmlFor={id("stance")}>Stance toward the claim</label>
        <select id={id("stance")} name="stance" defaultValue="supports">
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("studyDesign")}>Study design</label>
        <select id={id("studyDesign")} name="studyDesign" defaultValue="randomized_trial">
          {STUDY_DESIGNS.map((d) => (
            <option key={d} value={d}>
              {STUDY_DESIGN_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("note")}>Note</label>
        <input id={id("note")} name="note" />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Adding…" : "Add evidence"}
      </button>
    </form>
  );
}
