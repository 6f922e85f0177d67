"use client";

import type { RefObject } from "react";
import type { ReaderClaimSummary } from "@/domain/overlay/reader-model";
import type { DetailsState } from "./reader-view";
import { ClaimDetail } from "@/components/claims/claim-detail";
import { VerdictBadge } from "@/components/ui/verdict-badge";

interface ClaimDialogProps {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** The claims covering what the reader activated, innermost first; one claim for most highlights. */
  claims: ReaderClaimSummary[];
  current: ReaderClaimSummary | undefined;
  /** The current claim's rationale and evidence; undefined while they are fetched. */
  details: DetailsState | undefined;
  /** Position of the current claim among the highlighted claims, for the previous / next buttons. */
  position: { index: number; count: number } | null;
  onChoose: (claimId: string) => void;
  onStep: (step: 1 | -1) => void;
  onClose: () => void;
}

/**
 * The claim detail as a modal <dialog>: a side panel on wide screens, a bottom sheet on
 * phones (reader.css). Where claims overlap, a chooser lists each claim with its verdict.
 */
export function ClaimDialog({ dialogRef, claims, current, details, position, onChoose, onStep, onClose }: ClaimDialogProps) {
  return (
    <dialog ref={dialogRef} className="claim-dialog" aria-labelledby={current ? `claim-heading-${current.id}` : undefined}>
      <div className="dialog-bar">
        {position && (
          <div className="claim-stepper">
            <button type="button" className="button secondary" onClick={() => onStep(-1)} disabled={position.index <= 0}>
              <span aria-hidden="true">←</span> Previous<span className="visually-hidden"> claim</span>
            </button>
            <span className="hint">
              {position.index + 1} of {position.count}
            </span>
            <button type="button" className="button secondary" onClick={() => onStep(1)} disabled={position.index >= position.count - 1}>
              Next<span className="visually-hidden"> claim</span> <span aria-hidden="true">→</span>
            </button>
          </div>
        )}
        <button type="button" className="button secondary close-button" onClick={onClose}>
          Close
        </button>
      </div>
      {claims.length > 1 && (
        <fieldset className="claim-chooser">
          <legend>This passage is part of {claims.length} claims. Choose one:</legend>
          <ul>
            {claims.map((claim) => (
              <li key={claim.id}>
                <button type="button" className="chooser-option" aria-pressed={claim.id === current?.id} onClick={() => onChoose(claim.id)}>
                  <VerdictBadge verdict={claim.verdict} />
                  <span>{claim.restatement}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {current && <ClaimDetail claim={current} headingId={`claim-heading-${current.id}`} details={details} />}
    </dialog>
  );
}
