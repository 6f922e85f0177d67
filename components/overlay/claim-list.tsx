import { useEffect, useRef } from "react";
import type { ReaderClaimSummary } from "@/domain/overlay/reader-model";
import type { Verdict } from "@/domain/ratings/scale";
import { VerdictBadge } from "@/components/ui/verdict-badge";

interface ClaimListProps {
  claims: ReaderClaimSummary[];
  filter: Verdict | null;
  activeClaimId: string | null;
  onSelect: (claimId: string, trigger: HTMLElement) => void;
}

/**
 * Every claim in reading order, one button each: the keyboard and screen-reader way through
 * the review. The current claim (opened, or reached with j / k) is marked and kept in view
 * inside the rail without moving the page.
 */
export function ClaimList({ claims, filter, activeClaimId, onSelect }: ClaimListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const shown = filter ? claims.filter((c) => c.verdict === filter) : claims;

  useEffect(() => {
    const rail = listRef.current?.closest<HTMLElement>(".rail");
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!rail || !item || rail.scrollHeight <= rail.clientHeight) return;
    const top = item.offsetTop - rail.offsetTop;
    if (top < rail.scrollTop || top + item.offsetHeight > rail.scrollTop + rail.clientHeight) rail.scrollTop = top - rail.clientHeight / 3;
  }, [activeClaimId]);

  return (
    <nav className="claim-list" aria-label="Claims in this article">
      <h2>Claims ({shown.length})</h2>
      <ol ref={listRef}>
        {shown.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-list-item" aria-current={claim.id === activeClaimId ? "true" : undefined} onClick={(e) => onSelect(claim.id, e.currentTarget)}>
              <VerdictBadge verdict={claim.verdict} />
              <span className="claim-list-text">{claim.restatement}</span>
              {claim.section === "comments" && <span className="hint"> (reader comment)</span>}
              {claim.orphaned && <span className="hint"> (not located in the current text)</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
