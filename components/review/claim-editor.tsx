"use client";

import { useState, type FormEvent } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import type { ReaderClaim } from "@/domain/overlay/reader-model";
import type { WorkspaceModel } from "@/domain/overlay/workspace-model";
import { EvidenceCard } from "@/components/evidence/evidence-card";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EvidenceForm } from "./evidence-form";
import { sendJson } from "./send-json";

interface ClaimEditorProps {
  claim: ReaderClaim;
  extras: WorkspaceModel["claimExtras"][string];
  viewerEmail: string;
  bibliography: WorkspaceModel["bibliography"];
  canEdit: boolean;
  onSaved: (message: string) => void;
  onDeleted: () => void;
}

export function ClaimEditor({ claim, extras, viewerEmail, bibliography, canEdit, onSaved, onDeleted }: ClaimEditorProps) {
  const mine = extras.ratings.find((r) => r.reviewerEmail === viewerEmail);
  const others = extras.ratings.filter((r) => r.reviewerEmail !== viewerEmail);
  const [restatement, setRestatement] = useState(claim.restatement === claim.quote ? "" : claim.restatement);
  const [verdict, setVerdict] = useState<Verdict | "">(mine?.verdict ?? claim.verdict ?? "");
  const [confidence, setConfidence] = useState(mine?.confidence ?? 3);
  const [rationale, setRationale] = useState(mine?.rationale ?? claim.rationale);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    const patched = await sendJson("PATCH", `/api/claims/${claim.id}`, { version: extras.version, restatement });
    if (!patched.ok) {
      setSaving(false);
      setError(patched.message);
      return;
    }
    if (verdict) {
      const rated = await sendJson("PUT", `/api/claims/${claim.id}/rating`, { verdict, confidence, rationale });
      if (!rated.ok) {
        setSaving(false);
        setError(rated.message);
        return;
      }
    }
    setSaving(false);
    onSaved("Saved.");
  }

  async function remove() {
    if (!window.confirm("Delete this claim with its evidence and ratings?")) return;
    const result = await sendJson("DELETE", `/api/claims/${claim.id}`);
    if (result.ok) onDeleted();
    else setError(result.message);
  }

  return (
    <div className="claim-editor">
      <h2>Claim</h2>
      <VerdictBadge verdict={claim.verdict} />
      <blockquote className="claim-quote">“{claim.quote}”</blockquote>
      <form onSubmit={(e) => void save(e)} noValidate>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="restatement">Restatement</label>
          <textarea id="restatement" value={restatement} onChange={(e) => setRestatement(e.target.value)} rows={3} disabled={!canEdit} aria-describedby="restatement-hint" />
          <span className="hint" id="restatement-hint">
            The claim as one checkable sentence.
          </span>
        </div>
        <div className="field">
          <label htmlFor="verdict">Your verdict</label>
          <select id="verdict" value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | "")} disabled={!canEdit}>
            <option value="">Not rated yet</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="confidence">Confidence</label>
          <select id="confidence" value={confidence} onChange={(e) => setConfidence(Number(e.target.value))} disabled={!canEdit}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? "(low)" : n === 5 ? "(high)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rationale">Rationale (Markdown)</label>
          <textarea id="rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} rows={5} disabled={!canEdit} />
        </div>
        {canEdit && (
          <div className="button-row">
            <button type="submit" className="button" disabled={saving}>
              {saving ? "Saving…" : "Save claim"}
            </button>
            <button type="button" className="button danger" onClick={() => void remove()}>
              Delete claim
            </button>
          </div>
        )}
      </form>
      {others.length > 0 && (
        <section>
          <h3>Other ratings</h3>
          <ul>
            {others.map((r) => (
              <li key={r.reviewerEmail}>
                {r.reviewerName}: <VerdictBadge verdict={r.verdict} /> (confidence {r.confidence})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Evidence ({claim.evidence.length})</h3>
        <ul className="evidence-list">
          {claim.evidence.map((item) => (
            <EvidenceCard key={item.id} evidence={item} />
          ))}
        </ul>
        {canEdit && <EvidenceForm claimId={claim.id} bibliography={bibliography} onAdded={() => onSaved("Evidence added.")} />}
      </section>
    </div>
  );
}
