"use client";

import { forwardRef, useImperativeHandle, useRef, useState } from "react";
import type { Verdict } from "@/domain/ratings/scale";
import type { WorkspaceClaim, WorkspaceClaimDetails } from "@/domain/overlay/workspace-model";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { CheckedBeforePanel } from "@/components/claim-search/checked-before-panel";
import { ClaimSpanTools } from "./claim-span-tools";
import { useClaimVersion } from "./claim-version";
import { EvidenceForm, type EvidenceFormHandle } from "./evidence-form";
import { EvidenceItemEditor } from "./evidence-item-editor";
import { RatingFields, type RatingFieldsHandle } from "./rating-fields";
import { RestatementField } from "./restatement-field";
import type { ClaimChange } from "./use-workspace-claims";

interface ClaimEditorProps {
  /** The claim as the list shows it (span, quote, verdict). */
  claim: WorkspaceClaim;
  /** Its rationale, ratings and evidence, fetched when it was opened. */
  details: WorkspaceClaimDetails;
  text: string;
  viewerEmail: string;
  canEdit: boolean;
  /** The claim was just made with a verdict: put the cursor in the rationale. */
  focusRationale?: boolean;
  /** The span changed (moved, split, re-marked): other claims may have changed too, the page data is reloaded. */
  onSpanChanged: (message: string, selectId?: string) => void;
  /** The restatement or the rating was saved: the list shows the stored claim from the route's answer (none: read the claim again). */
  onClaimSaved: (change?: ClaimChange) => void;
  /** The evidence changed: this claim's details are read again; the status says the message. */
  onEvidenceChanged: (message: string) => void;
  onDelete: () => void;
}

export interface ClaimEditorHandle {
  setVerdict: (verdict: Verdict) => void;
  focusEvidence: () => void;
}

/** The selected claim: its span tools, restatement and rating (autosaved), and its evidence. */
export const ClaimEditor = forwardRef<ClaimEditorHandle, ClaimEditorProps>(function ClaimEditor({ claim, details, text, viewerEmail, canEdit, focusRationale = false, onSpanChanged, onClaimSaved, onEvidenceChanged, onDelete }, ref) {
  const mine = details.ratings.find((r) => r.reviewerEmail === viewerEmail);
  const others = details.ratings.filter((r) => r.reviewerEmail !== viewerEmail);
  const version = useClaimVersion(details.version);
  const ratingRef = useRef<RatingFieldsHandle>(null);
  const evidenceRef = useRef<EvidenceFormHandle>(null);
  const [spanToolsOpen, setSpanToolsOpen] = useState(false);
  useImperativeHandle(ref, () => ({
    setVerdict: (verdict) => ratingRef.current?.setVerdict(verdict),
    focusEvidence: () => evidenceRef.current?.focus(),
  }));

  return (
    // Escape leaves a field, so the single-key shortcuts (next sentence, v, e…) work again without the mouse.
    <div
      className="claim-editor"
      onKeyDown={(e) => {
        const field = e.target as HTMLElement;
        if (e.key === "Escape" && ["INPUT", "TEXTAREA", "SELECT"].includes(field.tagName)) field.blur();
      }}
    >
      <div className="claim-editor-heading">
        <h2>Claim</h2>
        <VerdictBadge verdict={claim.verdict} />
        {!claim.checkable && <span className="badge">Not checkable</span>}
      </div>
      <blockquote className="claim-quote" title={claim.quote}>
        “{claim.quote}”
      </blockquote>
      {canEdit && <ClaimSpanTools key={`${claim.start}-${claim.end}`} claim={claim} text={text} checkable={claim.checkable} version={version} onChanged={onSpanChanged} onDelete={onDelete} open={spanToolsOpen} onToggle={setSpanToolsOpen} />}
      <RestatementField claimId={claim.id} initial={details.restatement === claim.quote ? "" : details.restatement} version={version} canEdit={canEdit} onSaved={onClaimSaved} />
      <RatingFields
        ref={ratingRef}
        claimId={claim.id}
        initial={{ verdict: mine?.verdict ?? "", confidence: mine?.confidence ?? 3, rationale: mine?.rationale ?? details.rationale }}
        claimVerdict={claim.verdict}
        evidence={details.evidence}
        version={version}
        canEdit={canEdit}
        focusRationale={focusRationale}
        onSaved={onClaimSaved}
      />
      {others.length > 0 && (
        <section>
          <h3>Other ratings</h3>
          <ul>
            {others.map((r, index) => (
              <li key={r.reviewerEmail ?? `${index}-${r.reviewerName}`}>
                {r.reviewerName}: <VerdictBadge verdict={r.verdict} /> (confidence {r.confidence})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="evidence-list-heading">
        <h3 id="evidence-list-heading">Evidence ({details.evidence.length})</h3>
        {details.evidence.length === 0 ? (
          <p className="hint empty-state">No evidence yet: paste a DOI, PMID, URL or BibTeX below (key e).</p>
        ) : (
          details.evidence.map((item) => <EvidenceItemEditor key={item.id} evidence={item} canEdit={canEdit} onChanged={onEvidenceChanged} />)
        )}
        {canEdit && <EvidenceForm ref={evidenceRef} claimId={claim.id} onAdded={() => onEvidenceChanged("Evidence added.")} />}
      </section>
      <CheckedBeforePanel claimId={claim.id} wording={claim.restatement || claim.quote} canEdit={canEdit} onCopied={onEvidenceChanged} />
    </div>
  );
});
