import type { ReaderClaimSummary, ReaderEvidence } from "@/domain/overlay/reader-model";
import { STANCE_LABELS, STANCES } from "@/domain/ratings/scale";
import type { DetailsState } from "@/components/overlay/reader-view";
import { RichText } from "@/components/ui/rich-text";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EvidenceCard } from "@/components/evidence/evidence-card";

/** "2 supports, 1 contradicts": the evidence at a glance, before the cards. */
function stanceSummary(evidence: readonly ReaderEvidence[]): string {
  return STANCES.map((stance) => ({ stance, count: evidence.filter((e) => e.stance === stance).length }))
    .filter(({ count }) => count > 0)
    .map(({ stance, count }) => `${count} ${STANCE_LABELS[stance].toLowerCase()}`)
    .join(", ");
}

/**
 * One claim in the reader's dialog. The heading, verdict and quote come with the page; the
 * rationale (Markdown parsed on the server, see domain/overlay/markdown-to-rich.ts) and the
 * evidence are fetched when the claim is opened: until then the article is `aria-busy`.
 */
export function ClaimDetail({ claim, headingId, details }: { claim: ReaderClaimSummary; headingId: string; details: DetailsState | undefined }) {
  const loaded = details?.status === "loaded" ? details.details : null;
  return (
    <article className="claim-detail" data-claim-id={claim.id} aria-busy={details ? "false" : "true"}>
      <h2 id={headingId}>{claim.restatement}</h2>
      <p className="claim-verdict">
        <VerdictBadge verdict={claim.verdict} />
        {claim.orphaned && <span className="hint"> Not located in the current version of the article.</span>}
      </p>
      <blockquote className="claim-quote">“{claim.quote}”</blockquote>
      {details?.status === "failed" && (
        <p className="hint" role="alert">
          {details.message}
        </p>
      )}
      <h3>Why this verdict</h3>
      {!claim.hasRationale ? (
        <p className="hint">No rationale written yet.</p>
      ) : loaded ? (
        <div className="rationale">
          <RichText nodes={loaded.rationale} />
        </div>
      ) : (
        !details && <p className="hint">Loading…</p>
      )}
      <h3>Evidence ({claim.evidenceCount})</h3>
      {claim.evidenceCount === 0 ? (
        <p className="hint">No evidence attached.</p>
      ) : loaded ? (
        <>
          <p className="hint">{stanceSummary(loaded.evidence)}</p>
          <ul className="evidence-list">
            {loaded.evidence.map((item) => (
              <EvidenceCard key={item.id} evidence={item} />
            ))}
          </ul>
        </>
      ) : (
        !details && <p className="hint">Loading…</p>
      )}
    </article>
  );
}
