"use client";

import { useEffect, useRef, useState } from "react";
import { callApi, type FieldErrors } from "@/components/api/api-client";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";
import { checkEvidenceDetails, type EvidenceDetailsChosen } from "@/domain/ratings/evidence-details-check";
import { STANCES, STANCE_LABELS, STUDY_DESIGNS, STUDY_DESIGN_LABELS, type Stance, type StudyDesign } from "@/domain/ratings/scale";
import { EvidenceCard } from "@/components/evidence/evidence-card";
import { ConflictPanel, type MergeField } from "./conflict-panel";
import { EvidenceDetailFields, type EvidenceDetails } from "./evidence-detail-fields";
import { focusFirstInvalid } from "./focus-first-invalid";

type StoredDetails = { finding: string; locator: string | null; stance: Stance; studyDesign: StudyDesign; note: string | null };

const detailsOf = (stored: StoredDetails): EvidenceDetailsChosen => ({ finding: stored.finding, locator: stored.locator ?? "", stance: stored.stance, studyDesign: stored.studyDesign, note: stored.note ?? "" });

const FIELD_LABELS: Record<keyof EvidenceDetails, string> = { finding: "Finding or excerpt", locator: "Locator", stance: "Stance", studyDesign: "Study design", note: "Note" };
const OPTIONS: Partial<Record<keyof EvidenceDetails, readonly { value: string; label: string }[]>> = {
  stance: STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s] })),
  studyDesign: STUDY_DESIGNS.map((d) => ({ value: d, label: STUDY_DESIGN_LABELS[d] })),
};

/** The fields where the stored item and the one on screen differ. */
function mergeFields(theirs: EvidenceDetails, mine: EvidenceDetails): MergeField[] {
  return (Object.keys(FIELD_LABELS) as (keyof EvidenceDetails)[])
    .filter((key) => theirs[key] !== mine[key])
    .map((key) => ({ key, label: FIELD_LABELS[key], theirs: theirs[key], mine: mine[key], ...(OPTIONS[key] ? { options: OPTIONS[key] } : {}) }));
}

/**
 * One attached evidence item, with Edit (finding, locator, stance, design, note) and Remove. An edit is sent with the
 * item as it was when the edit began (`base`): if someone saved it meanwhile the server refuses (409 with theirs) and a
 * merge panel shows both versions, field by field; what this user typed stays in the form.
 */
export function EvidenceItemEditor({ evidence, canEdit, onChanged }: { evidence: ReaderEvidence; canEdit: boolean; onChanged: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [details, setDetails] = useState<EvidenceDetails>(() => detailsOf(evidence));
  const [conflict, setConflict] = useState<EvidenceDetailsChosen | null>(null);
  /** The item as this user last read it: the server writes the edit only if it still holds this. */
  const base = useRef<EvidenceDetailsChosen>(detailsOf(evidence));
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function startEditing() {
    const current = detailsOf(evidence);
    base.current = current;
    setDetails(current);
    setConflict(null);
    setEditing(true);
  }

  function refuse(fieldErrors: FieldErrors, text: string) {
    setErrors(fieldErrors);
    setMessage(text);
  }
  // Refused: the first field named takes the cursor once the render that marks it is committed.
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(formRef.current);
  }, [errors]);

  async function save(value: EvidenceDetails) {
    const checked = checkEvidenceDetails(value);
    if (!checked.ok) return refuse(checked.fieldErrors, "Some fields are not valid.");
    setBusy(true);
    const result = await callApi("updateEvidence", { params: { id: evidence.id }, body: { ...checked.details, base: base.current } });
    setBusy(false);
    if (!result.ok) {
      if (result.current) {
        setConflict(detailsOf(result.current));
        setMessage(null);
        return;
      }
      return refuse(result.fieldErrors, result.message);
    }
    setEditing(false);
    setConflict(null);
    setErrors({});
    setMessage(null);
    onChanged("Evidence updated.");
  }

  async function remove() {
    setBusy(true);
    const result = await callApi("removeEvidence", { params: { id: evidence.id } });
    setBusy(false);
    if (!result.ok) setMessage(result.message);
    else onChanged("Evidence removed.");
  }

  return (
    <div className="evidence-item">
      <ul className="evidence-list">
        <EvidenceCard evidence={evidence} />
      </ul>
      {canEdit && !editing && (
        <div className="button-row">
          <button type="button" className="link-button" onClick={startEditing} aria-label={`Edit evidence: ${evidence.finding.slice(0, 60)}`}>
            Edit
          </button>
          <button type="button" className="link-button danger" disabled={busy} onClick={() => void remove()} aria-label={`Remove evidence: ${evidence.finding.slice(0, 60)}`}>
            Remove
          </button>
        </div>
      )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {editing && (
        <form
          ref={formRef}
          className="card"
          aria-label="Edit evidence"
          onSubmit={(e) => {
            e.preventDefault();
            void save(details);
          }}
        >
          <EvidenceDetailFields idPrefix={`evidence-${evidence.id}`} value={details} onChange={setDetails} errors={errors} />
          {conflict && (
            <ConflictPanel
              what="evidence item"
              fields={mergeFields(conflict, details)}
              onKeepTheirs={() => {
                base.current = conflict;
                setDetails(conflict);
                setConflict(null);
                setEditing(false);
                onChanged("Kept their version of the evidence.");
              }}
              onResolve={(values) => {
                const chosen = { ...details, ...values } as EvidenceDetails;
                // Saving over theirs is deliberate now: their item is the new base.
                base.current = conflict;
                setDetails(chosen);
                setConflict(null);
                void save(chosen);
              }}
            />
          )}
          {!conflict && (
            <div className="button-row">
              <button type="submit" className="button small" disabled={busy}>
                Save evidence
              </button>
              <button type="button" className="button secondary small" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
          )}
        </form>
      )}
    </div>
  );
}
