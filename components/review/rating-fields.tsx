"use client";

import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import { suggestVerdict, verdictsDisagree } from "@/domain/ratings/evidence-suggests";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";
import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { ConflictPanel, type MergeField } from "./conflict-panel";
import { SaveStatus } from "./save-status";
import { callApi } from "@/components/api/api-client";
import { saveClaimField } from "./save-claim-field";
import { useFieldVersion, type ClaimVersion } from "./claim-version";
import { useDebouncedSave } from "./use-debounced-save";
import { useLocalDraft } from "./use-local-draft";
import { RestoredNotice } from "./restored-notice";
import { useConflictResolution } from "./use-conflict-resolution";
import type { ClaimChange } from "./use-workspace-claims";

interface RatingValue {
  verdict: Verdict | "";
  confidence: number;
  rationale: string;
}
interface StoredRating {
  verdict: Verdict;
  confidence: number;
  rationale: string;
}

/** Whether the rating stored on the server is still the one this form last loaded or saved. */
function sameAsBase(stored: StoredRating | null | undefined, base: RatingValue): boolean {
  if (!stored) return base.verdict === "";
  return stored.verdict === base.verdict && stored.confidence === base.confidence && stored.rationale === base.rationale;
}

const VERDICT_OPTIONS = [{ value: "", label: "Not rated yet" }, ...VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))];

/** The fields of this user's rating that differ between the stored one and the one on screen. */
function mergeFields(theirs: StoredRating, mine: RatingValue): MergeField[] {
  const fields: MergeField[] = [];
  if (theirs.verdict !== mine.verdict) fields.push({ key: "verdict", label: "Verdict", theirs: theirs.verdict, mine: mine.verdict, options: VERDICT_OPTIONS });
  if (theirs.confidence !== mine.confidence) fields.push({ key: "confidence", label: "Confidence", theirs: String(theirs.confidence), mine: String(mine.confidence), options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })) });
  if (theirs.rationale !== mine.rationale) fields.push({ key: "rationale", label: "Rationale", theirs: theirs.rationale, mine: mine.rationale });
  return fields;
}

interface RatingFieldsProps {
  claimId: string;
  initial: RatingValue;
  claimVerdict: Verdict | null;
  evidence: readonly ReaderEvidence[];
  version: ClaimVersion;
  canEdit: boolean;
  /** Put the cursor in the rationale when the form opens (a claim just made with a verdict). */
  focusRationale?: boolean;
  /** Saved: the stored claim from the route's answer (its verdict is the consensus); none when this user took the other version. */
  onSaved: (change?: ClaimChange) => void;
}

export interface RatingFieldsHandle {
  setVerdict: (verdict: Verdict) => void;
}

/** This reviewer's own verdict, confidence and rationale (autosaved), with "evidence suggests" beside the verdict. */
export const RatingFields = forwardRef<RatingFieldsHandle, RatingFieldsProps>(function RatingFields({ claimId, initial, claimVerdict, evidence, version, canEdit, focusRationale = false, onSaved }, ref) {
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusRationale) rationaleRef.current?.focus();
  }, [focusRationale]);
  const [rating, setRating] = useState(initial);
  const [preview, setPreview] = useState(false);
  const [conflict, setConflict] = useState<{ theirs: StoredRating; version: number } | null>(null);
  const fieldVersion = useFieldVersion(version);
  /** The rating as last loaded or saved: a conflict where the stored rating is still this is someone else's change of the claim. */
  const base = useRef(initial);
  const draft = useLocalDraft(`${claimId}:rating`, rating, version.initial, (kept, sameBase) => {
    setRating(kept);
    if (!sameBase && initial.verdict) setConflict({ theirs: { ...initial, verdict: initial.verdict }, version: fieldVersion.get() });
  });
  useImperativeHandle(ref, () => ({ setVerdict: (verdict) => setRating((r) => ({ ...r, verdict })) }), []);

  async function save(value: RatingValue): Promise<string | null> {
    if (!value.verdict) return null;
    const verdict = value.verdict;
    const result = await saveClaimField({
      claim: version,
      version: fieldVersion,
      send: (at) => callApi("rateClaim", { params: { id: claimId }, body: { ...value, verdict, version: at } }),
      unchangedOnServer: ({ context }) => sameAsBase(context?.rating, base.current),
      versionOf: (data) => data.claim.version,
    });
    if (result.ok) {
      base.current = { verdict: result.data.rating.verdict, confidence: result.data.rating.confidence, rationale: result.data.rating.rationale };
      if (JSON.stringify(value) === JSON.stringify(base.current)) draft.confirm(value, result.data.claim.version);
      setConflict(null);
      onSaved({ id: claimId, version: result.data.claim.version, verdict: result.data.claim.verdict });
      return null;
    }
    const theirs = result.conflict?.context?.rating;
    if (result.conflict && theirs) setConflict({ theirs, version: result.conflict.current.version });
    return result.message;
  }

  const autosave = useDebouncedSave(rating, save, { enabled: canEdit && conflict === null });
  const resolution = useConflictResolution({ version: fieldVersion, base, draft, autosave, setValue: setRating, clearConflict: () => setConflict(null), save, onSaved: () => onSaved() });

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
          <span className="visually-hidden" id="verdict-keys">
            Keys 5 (supported) to 1 (contradicted), 0 not checkable.
          </span>
        </div>
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
      </div>
      <div className="evidence-suggests" data-testid="evidence-suggests" title={suggestion.explanation}>
        <span className="label">Evidence suggests</span>{" "}
        {suggestion.verdict ? <VerdictBadge verdict={suggestion.verdict} /> : <span className="hint">nothing yet</span>}
        <span className="hint explanation">{suggestion.explanation}</span>
      </div>
      {disagree && (
        <p className="divergence-warning" role="note">
          <span aria-hidden="true">⚠ </span>
          The verdict ({VERDICT_LABELS[shown as Verdict]}) is two or more steps from what the evidence suggests ({VERDICT_LABELS[suggestion.verdict!]}). Check the evidence, or explain why in the
          rationale.
        </p>
      )}
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
          <textarea ref={rationaleRef} id="rationale" value={rating.rationale} onChange={(e) => setRating({ ...rating, rationale: e.target.value })} rows={2} disabled={!canEdit} />
        )}
        {!rating.verdict && rating.rationale && <span className="hint">Choose a verdict to save your rationale.</span>}
        {draft.restored && <RestoredNotice onDismiss={draft.dismiss} />}
      </div>
      {conflict && (
        <ConflictPanel
          fields={mergeFields(conflict.theirs, rating)}
          onKeepTheirs={() => resolution.keepTheirs(conflict)}
          onResolve={(values) =>
            resolution.saveChosen(conflict, {
              verdict: (values.verdict ?? rating.verdict) as Verdict | "",
              confidence: Number(values.confidence ?? rating.confidence),
              rationale: values.rationale ?? rating.rationale,
            })
          }
        />
      )}
    </fieldset>
  );
});
