import type { ReaderClaim } from "@/domain/overlay/reader-model";
import type { ReactNode } from "react";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EvidenceCard } from "@/components/evidence/evidence-card";

/** `rationale` is the claim's Markdown rationale, rendered on the server (see SafeMarkdown). */
export function ClaimDetail({ claim, headingId, rationale }: { claim: ReaderClaim; headingId: string; rationale: ReactNode }) {
  return (
    <article className="claim-detail" data-claim-id={claim.id}>
      <h2 id={headingId}>{claim.restatement}</h2>
      <VerdictBadge verdict={claim.verdict} />
      <blockquote className="claim-quote">“{claim.quote}”</blockquote>
      {claim.rationale ? (
        <div className="rationale">
          {rationale}
        </div>
      ) : (
        <p className="hint">No rationale written yet.</p>
      )}
      <h3>Evidence ({claim.evidence.length})</h3>
      {claim.evidence.length === 0 ? (
        <p className="hint">No evidence attached.</p>
      ) : (
        <ul className="evidence-list">
          {claim.evidence.map((item) => (
            <EvidenceCard key={item.id} evidence={item} />
          ))}
        </ul>
      )}
    </article>
  );
}
