"use client";

import { forwardRef, useImperativeHandle, useState } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import { suggestVerdict, verdictsDisagree } from "@/domain/ratings/evidence-suggests";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { SaveStatus } from "./save-status";
import { sendJson } from "./send-json";
import type { ClaimVersion } from "./claim-version";
import { useDebouncedSave } from "./use-debounced-save";

interface RatingFieldsProps {
  claimId: string;
  initial: { verdict: Verdict | ""; confidence: number; rationale: string };
  claimVerdict: Verdict | null;
  evidence: readonly ReaderEvidence[];
  version: ClaimVersion;
  canEdit: boolean;
  onSaved: () => void;
}

export interface RatingFieldsHandle {
  setVerdict: (verdict: Verdict) => void;
}

/** This reviewer's own verdict, confidence and rationale (autosaved), with "evidence suggests" beside the verdict. */
export const RatingFields = forwardRef<RatingFieldsHandle, RatingFieldsProps>(function RatingFields({ claimId, initial, claimVerdict, evidence, version, canEdit, onSaved }, ref) {
  const [rating, setRating] = useState(initial);
  const [preview, setPreview] = useState(false);
  useImperativeHandle(ref, () => ({ setVerdict: (verdict) => setRating((r) => ({ ...r, verdict })) }), []);

  const autosave = useDebouncedSave(
    rating,
    async (value) => {
      if (!value.verdict) return null;
      const result = await version.queue(() => sendJson<{ claim: { version: number } }>("PUT", `/api/claims/${claimId}/rating`, { ...value, verdict: value.verdict }));
      if (!result.ok) return result.message;
      version.set(result.data.claim.version);
      onSaved();
      return null;
    },
    { enabled: canEdit },
  );

  const suggestion = suggestVerdict(evidence);
  const shown = rating.verdict || claimVerdict;
  const disagree = verdictsDisagree(shown || null, suggestion.verdict);

  return (
    <fieldset className="rating-fields">
      <legend>
        Your rating <SaveStatus state={autosave.state} onRetry={autosave.retry} field="rating" />
      </legend>
      <div className="verdict-row">
        <div className="field">
          <label htmlFor="verdict">Your verdict</label>
          <select id="verdict" value={rating.verdict} onChange={(e) => setRating({ ...rating, verdict: e.target.value as Verdict | "" })} disabled={!canEdit} aria-describedby="verdict-keys">
            <option value="">Not rated yet</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
          <span className="hint" id="verdict-keys">
            Keys 5 (supported) to 1 (contradicted).
          </span>
        </div>
        <div className="evidence-suggests" data-testid="evidence-suggests">
          <span className="label">Evidence suggests</span>{" "}
          {suggestion.verdict ? <VerdictBadge verdict={suggestion.verdict} /> : <span className="hint">nothing yet</span>}
          <p className="hint">{suggestion.explanation}</p>
        </div>
      </div>
      {disagree && (
        <p className="divergence-warning" role="note">
          <span aria-hidden="true">⚠ </span>
          The verdict ({VERDICT_LABELS[shown as Verdict]}) is two or more steps from what the evidence suggests ({VERDICT_LABELS[suggestion.verdict!]}). Check the evidence, or explain why in the
          rationale.
        </p>
      )}
      <p className="hint">
        Claim&rsquo;s verdict: <VerdictBadge verdict={claimVerdict} />
      </p>
      <div className="field">
        <label htmlFor="confidence">Confidence</label>
        <select id="confidence" value={rating.confidence} onChange={(e) => setRating({ ...rating, confidence: Number(e.target.value) })} disabled={!canEdit}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "(low)" : n === 5 ? "(high)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <div className="field-heading">
          <label htmlFor="rationale">Rationale (Markdown)</label>
          <button type="button" className="link-button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            {preview ? "Edit" : "Preview"}
          </button>
        </div>
        {preview ? (
          <div className="rationale-preview" data-testid="rationale-preview">
            <SafeMarkdown>{rating.rationale || "_Nothing written yet._"}</SafeMarkdown>
          </div>
        ) : (
          <textarea id="rationale" value={rating.rationale} onChange={(e) => setRating({ ...rating, rationale: e.target.value })} rows={5} disabled={!canEdit} />
        )}
        {!rating.verdict && rating.rationale && <span className="hint">Choose a verdict to save your rationale.</span>}
      </div>
    </fieldset>
  );
});
