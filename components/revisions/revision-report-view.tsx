"use client";

import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ReportSections, RevisionReportClaim } from "@/domain/revisions/revision-report-model";

interface RevisionReportViewProps {
  sections: ReportSections;
  canEdit: boolean;
  busyClaimId: string | null;
  onConfirm: (claim: RevisionReportClaim) => void;
  onDetach: (claim: RevisionReportClaim) => void;
  onReattach: (claim: RevisionReportClaim) => void;
  onAttachHere: (claim: RevisionReportClaim, place: { start: number; end: number }) => void;
}

const ORPHAN_REASONS = {
  text_changed: "Its text changed.",
  ambiguous: "Its text appears several times; nothing tells which one is the claim's.",
  text_removed: "Its text was removed.",
} as const;

const percent = (score: number | null) => (score === null ? "" : `${Math.round(score * 100)}% match`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function ClaimTitle({ claim, id }: { claim: RevisionReportClaim; id: string }) {
  return (
    <h3 id={id}>
      <VerdictBadge verdict={claim.verdict} /> {claim.restatement || claim.exact}
    </h3>
  );
}

/** What the re-import did, in the order a reviewer acts on it: confirm approximate matches, re-attach orphans, glance at what moved. */
export function RevisionReportView({ sections, canEdit, busyClaimId, onConfirm, onDetach, onReattach, onAttachHere }: RevisionReportViewProps) {
  const { toConfirm, orphans, moved } = sections;
  return (
    <div className="revision-report">
      <section aria-labelledby="to-confirm-heading" className="report-section" data-section="fuzzy">
        <h2 id="to-confirm-heading">Matched approximately: confirm ({toConfirm.length})</h2>
        {toConfirm.length === 0 ? (
          <p className="empty">No approximate matches wait for you.</p>
        ) : (
          <ul className="report-list">
            {toConfirm.map(({ claim, before }) => (
              <li key={claim.id} className="report-item" data-claim-id={claim.id} aria-labelledby={`fuzzy-${claim.id}`}>
                <ClaimTitle claim={claim} id={`fuzzy-${claim.id}`} />
                <dl className="quote-diff">
                  {before !== null && (
                    <>
                      <dt>Before</dt>
                      <dd>
                        <q className="revision-quote">{before}</q>
                      </dd>
                    </>
                  )}
                  <dt>Now (revision {claim.revisionNumber}, {percent(claim.anchorScore)})</dt>
                  <dd>
                    <q className="revision-quote">{claim.exact}</q>
                  </dd>
                </dl>
                {canEdit && (
                  <div className="button-row">
                    <button className="button" type="button" disabled={busyClaimId === claim.id} onClick={() => onConfirm(claim)} aria-describedby={`fuzzy-${claim.id}`}>
                      Confirm
                    </button>
                    <button className="button secondary" type="button" disabled={busyClaimId === claim.id} onClick={() => onDetach(claim)} aria-describedby={`fuzzy-${claim.id}`}>
                      Detach → orphan
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="orphans-heading" className="report-section" data-section="orphaned">
        <h2 id="orphans-heading">Could not be located ({orphans.length})</h2>
        {orphans.length === 0 ? (
          <p className="empty">Every claim is placed on the current text.</p>
        ) : (
          <ul className="report-list">
            {orphans.map((claim) => (
              <li key={claim.id} className="report-item" data-claim-id={claim.id} aria-labelledby={`orphan-${claim.id}`}>
                <ClaimTitle claim={claim} id={`orphan-${claim.id}`} />
                <p>
                  <q className="revision-quote">{claim.exact}</q>
                </p>
                {claim.orphan && (
                  <p className="orphan-reason" data-reason={claim.orphan.reason}>
                    {ORPHAN_REASONS[claim.orphan.reason]}
                  </p>
                )}
                {claim.orphan && claim.orphan.suggestions.length > 0 && (
                  <div className="orphan-suggestions">
                    <p className="hint">{claim.orphan.suggestions.length === 1 ? "It may now be:" : "It may now be one of:"}</p>
                    <ul>
                      {claim.orphan.suggestions.map((place) => (
                        <li key={`${place.start}:${place.end}`}>
                          <q className="revision-quote">{place.text}</q>{" "}
                          {canEdit && (
                            <button
                              className="button secondary"
                              type="button"
                              disabled={busyClaimId === claim.id}
                              onClick={() => onAttachHere(claim, place)}
                              aria-label={`Attach here: characters ${place.start}–${place.end}, “${place.text.slice(0, 60)}”`}
                            >
                              Attach here
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <p className="hint">
                  Last found in revision {claim.revisionNumber}. Kept with {plural(claim.evidenceCount, "evidence item", "evidence items")} and{" "}
                  {plural(claim.ratingCount, "rating", "ratings")}.
                </p>
                {canEdit && (
                  <button className="button" type="button" onClick={() => onReattach(claim)} aria-describedby={`orphan-${claim.id}`}>
                    Re-attach by selecting text
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="moved-heading" className="report-section" data-section="moved">
        <h2 id="moved-heading">Moved with their text ({moved.length})</h2>
        {moved.length === 0 ? (
          <p className="empty">No claim moved in the latest import.</p>
        ) : (
          <ul className="report-list compact">
            {moved.map(({ claim, outcome }) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <q className="revision-quote">{claim.exact}</q>{" "}
                <span className="hint">
                  {outcome.recovered ? "found again" : "moved"}: characters {outcome.before.start}–{outcome.before.end} of revision {outcome.before.revisionNumber} →{" "}
                  {outcome.after ? `${outcome.after.start}–${outcome.after.end}` : "?"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
