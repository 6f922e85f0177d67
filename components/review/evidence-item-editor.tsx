"use client";

import { useState } from "react";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";
import { EvidenceCard } from "@/components/evidence/evidence-card";
import { EvidenceDetailFields, type EvidenceDetails } from "./evidence-detail-fields";
import { sendJson, type FieldErrors } from "./send-json";

/** One attached evidence item, with Edit (finding, locator, stance, design, note) and Remove. */
export function EvidenceItemEditor({ evidence, canEdit, onChanged }: { evidence: ReaderEvidence; canEdit: boolean; onChanged: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [details, setDetails] = useState<EvidenceDetails>({
    finding: evidence.finding,
    locator: evidence.locator ?? "",
    stance: evidence.stance,
    studyDesign: evidence.studyDesign,
    note: evidence.note ?? "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const result = await sendJson("PATCH", `/api/evidence/${evidence.id}`, details);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setMessage(result.message);
      return;
    }
    setEditing(false);
    setErrors({});
    setMessage(null);
    onChanged("Evidence updated.");
  }

  async function remove() {
    setBusy(true);
    const result = await sendJson("DELETE", `/api/evidence/${evidence.id}`);
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
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`Edit evidence: ${evidence.finding.slice(0, 60)}`}>
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
          className="card"
          aria-label="Edit evidence"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <EvidenceDetailFields idPrefix={`evidence-${evidence.id}`} value={details} onChange={setDetails} errors={errors} />
          <div className="button-row">
            <button type="submit" className="button small" disabled={busy}>
              Save evidence
            </button>
            <button type="button" className="button secondary small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
