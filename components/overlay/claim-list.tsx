import type { ReaderClaim } from "@/domain/overlay/reader-model";
import type { Verdict } from "@/domain/ratings/scale";
import { VerdictBadge } from "@/components/ui/verdict-badge";

interface ClaimListProps {
  claims: ReaderClaim[];
  filter: Verdict | null;
  activeClaimId: string | null;
  onSelect: (claimId: string, trigger: HTMLElement) => void;
}

/** Every claim in reading order, one button each: the keyboard and screen-reader way through the review. */
export function ClaimList({ claims, filter, activeClaimId, onSelect }: ClaimListProps) {
  const shown = filter ? claims.filter((c) => c.verdict === filter) : claims;
  return (
    <nav className="claim-list" aria-label="Claims in this article">
      <h2>Claims ({shown.length})</h2>
      <ol>
        {shown.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-list-item" aria-current={claim.id === activeClaimId ? "true" : undefined} onClick={(e) => onSelect(claim.id, e.currentTarget)}>
              <VerdictBadge verdict={claim.verdict} />
              <span className="claim-list-text">{claim.restatement}</span>
              {claim.section === "comments" && <span className="hint"> (reader comment)</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
