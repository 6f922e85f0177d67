import type { ReaderClaimSummary } from "@/domain/overlay/reader-model";
import { VerdictBadge } from "@/components/ui/verdict-badge";

interface UnlocatedClaimsNoticeProps {
  claims: ReaderClaimSummary[];
  onOpenClaim: (claimId: string, trigger: HTMLElement) => void;
}

/** Claims whose text is no longer in the article: never dropped, listed with their quotes. */
export function UnlocatedClaimsNotice({ claims, onOpenClaim }: UnlocatedClaimsNoticeProps) {
  if (claims.length === 0) return null;
  return (
    <section className="unlocated-notice card" aria-labelledby="unlocated-heading">
      <h2 id="unlocated-heading">
        {claims.length === 1 ? "1 claim could not be located" : `${claims.length} claims could not be located`} in the current version of the article
      </h2>
      <p className="hint">The article changed after these claims were reviewed. Their verdicts still stand for the quoted text.</p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id} data-unlocated-claim-id={claim.id}>
            <blockquote className="claim-quote">“{claim.quote}”</blockquote>
            <button type="button" className="link-button" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)}>
              <VerdictBadge verdict={claim.verdict} /> <span>{claim.restatement}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
