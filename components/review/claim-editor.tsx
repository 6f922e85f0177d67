"use client";

import { forwardRef, useImperativeHandle, useRef, useState } from "react";
import type { Verdict } from "@/domain/ratings/scale";
import type { ReaderClaim } from "@/domain/overlay/reader-model";
import type { WorkspaceModel } from "@/domain/overlay/workspace-model";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { CheckedBeforePanel } from "@/components/claim-search/checked-before-panel";
import { ClaimSpanTools } from "./claim-span-tools";
import { useClaimVersion } from "./claim-version";
import { EvidenceForm, type EvidenceFormHandle } from "./evidence-form";
import { EvidenceItemEditor } from "./evidence-item-editor";
import { RatingFields, type RatingFieldsHandle } from "./rating-fields";
import { RestatementField } from "./restatement-field";

interface ClaimEditorProps {
  claim: ReaderClaim;
  text: string;
  extras: WorkspaceModel["claimExtras"][string];
  viewerEmail: string;
  canEdit: boolean;
  /** The claim was just made with a verdict: put the cursor in the rationale. */
  focusRationale?: boolean;
  /** Something was saved: refresh the page data, say so when there is a message. */
  onSaved: (message?: string, selectId?: string) => void;
  onDelete: () => void;
}

export interface ClaimEditorHandle {
  setVerdict: (verdict: Verdict) => void;
  focusEvidence: () => void;
}

/** The selected claim: its span tools, restatement and rating (autosaved), and its evidence. */
export const ClaimEditor = forwardRef<ClaimEditorHandle, ClaimEditorProps>(function ClaimEditor({ claim, text, extras, viewerEmail, canEdit, focusRationale = false, onSaved, onDelete }, ref) {
  const mine = extras.ratings.find((r) => r.reviewerEmail === viewerEmail);
  const others = extras.ratings.filter((r) => r.reviewerEmail !== viewerEmail);
  const version = useClaimVersion(extras.version);
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
        {!extras.checkable && <span className="badge">Not checkable</span>}
      </div>
      <blockquote className="claim-quote" title={claim.quote}>
        “{claim.quote}”
      </blockquote>
      {canEdit && <ClaimSpanTools key={`${claim.start}-${claim.end}`} claim={claim} text={text} checkable={extras.checkable} version={version} onChanged={onSaved} onDelete={onDelete} open={spanToolsOpen} onToggle={setSpanToolsOpen} />}
      <RestatementField claimId={claim.id} initial={claim.restatement === claim.quote ? "" : claim.restatement} version={version} canEdit={canEdit} onSaved={() => onSaved()} />
      <RatingFields
        ref={ratingRef}
        claimId={claim.id}
        initial={{ verdict: mine?.verdict ?? "", confidence: mine?.confidence ?? 3, rationale: mine?.rationale ?? claim.rationale }}
        claimVerdict={claim.verdict}
        evidence={claim.evidence}
        version={version}
        canEdit={canEdit}
        focusRationale={focusRationale}
        onSaved={() => onSaved()}
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
        <h3 id="evidence-list-heading">Evidence ({claim.evidence.length})</h3>
        {claim.evidence.length === 0 ? (
          <p className="hint empty-state">No evidence yet: paste a DOI, PMID, URL or BibTeX below (key e).</p>
        ) : (
          claim.evidence.map((item) => <EvidenceItemEditor key={item.id} evidence={item} canEdit={canEdit} onChanged={(m) => onSaved(m)} />)
        )}
        {canEdit && <EvidenceForm ref={evidenceRef} claimId={claim.id} onAdded={() => onSaved("Evidence added.")} />}
      </section>
      <CheckedBeforePanel claimId={claim.id} wording={claim.restatement || claim.quote} canEdit={canEdit} onCopied={(message) => onSaved(message)} />
    </div>
  );
});
