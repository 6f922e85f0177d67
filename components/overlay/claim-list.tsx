import { memo, useEffect, useRef, type MouseEvent, type RefObject } from "react";
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
 * inside the rail without moving the page. The items re-render only when the filter changes:
 * the current claim is marked on the DOM directly, so opening or stepping through claims does
 * not touch thousands of list items.
 */
export function ClaimList({ claims, filter, activeClaimId, onSelect }: ClaimListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const list = listRef.current;
    if (!list || !activeClaimId) return;
    const item = list.querySelector<HTMLElement>(`button[data-list-claim-id="${CSS.escape(activeClaimId)}"]`);
    if (!item) return;
    item.setAttribute("aria-current", "true");
    const rail = list.closest<HTMLElement>(".rail");
    if (rail && rail.scrollHeight > rail.clientHeight) {
      const top = item.offsetTop - rail.offsetTop;
      if (top < rail.scrollTop || top + item.offsetHeight > rail.scrollTop + rail.clientHeight) rail.scrollTop = top - rail.clientHeight / 3;
    }
    return () => item.removeAttribute("aria-current");
  }, [activeClaimId, filter]);

  return <ClaimListItems listRef={listRef} claims={claims} filter={filter} onSelectRef={onSelectRef} />;
}

const ClaimListItems = memo(function ClaimListItems({
  listRef,
  claims,
  filter,
  onSelectRef,
}: {
  listRef: RefObject<HTMLOListElement | null>;
  claims: ReaderClaimSummary[];
  filter: Verdict | null;
  onSelectRef: RefObject<ClaimListProps["onSelect"]>;
}) {
  const shown = filter ? claims.filter((c) => c.verdict === filter) : claims;
  const select = (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget;
    if (button.dataset.listClaimId) onSelectRef.current(button.dataset.listClaimId, button);
  };
  return (
    <nav className="claim-list" aria-label="Claims in this article">
      <h2>Claims ({shown.length})</h2>
      <ol ref={listRef}>
        {shown.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-list-item" data-list-claim-id={claim.id} onClick={select}>
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
});
