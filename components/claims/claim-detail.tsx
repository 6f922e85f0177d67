import type { ReaderClaim } from "@/domain/overlay/reader-model";
import { STANCE_LABELS, STANCES } from "@/domain/ratings/scale";
import type { ReactNode } from "react";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EvidenceCard } from "@/components/evidence/evidence-card";

/** "2 supports, 1 contradicts": the evidence at a glance, before the cards. */
function stanceSummary(claim: ReaderClaim): string {
  return STANCES.map((stance) => ({ stance, count: claim.evidence.filter((e) => e.stance === stance).length }))
    .filter(({ count }) => count > 0)
    .map(({ stance, count }) => `${count} ${STANCE_LABELS[stance].toLowerCase()}`)
    .join(", ");
}

/** `rationale` is the claim's Markdown rationale, rendered on the server (see SafeMarkdown). */
export function ClaimDetail({ claim, headingId, rationale }: { claim: ReaderClaim; headingId: string; rationale: ReactNode }) {
  return (
    <article className="claim-detail" data-claim-id={claim.id}>
      <h2 id={headingId}>{claim.restatement}</h2>
      <p className="claim-verdict">
        <VerdictBadge verdict={claim.verdict} />
        {claim.orphaned && <span className="hint"> Not located in the current version of the article.</span>}
      </p>
      <blockquote className="claim-quote">“{claim.quote}”</blockquote>
      <h3>Why this verdict</h3>
      {claim.rationale ? <div className="rationale">{rationale}</div> : <p className="hint">No rationale written yet.</p>}
      <h3>Evidence ({claim.evidence.length})</h3>
      {claim.evidence.length === 0 ? (
        <p className="hint">No evidence attached.</p>
      ) : (
        <>
          <p className="hint">{stanceSummary(claim)}</p>
          <ul className="evidence-list">
            {claim.evidence.map((item) => (
              <EvidenceCard key={item.id} evidence={item} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
