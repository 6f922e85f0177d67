import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import type { Scorecard } from "@/domain/overlay/scorecard";
import type { ReaderClaimSummary } from "@/domain/overlay/reader-model";
import type { ReactNode } from "react";
import { VERDICT_ICONS, VerdictBadge } from "@/components/ui/verdict-badge";

interface ScorecardPanelProps {
  scorecard: Scorecard;
  /** The editor's summary, rendered on the server. */
  summary: ReactNode;
  /** The weakest-supported claims, weakest first (a few). */
  weakest: ReaderClaimSummary[];
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
  onOpenClaim: (claimId: string, trigger: HTMLElement) => void;
}

/**
 * The review at a glance: one stacked bar of claims per verdict (counts on the bar, labels
 * on the filter chips below it), the share of checkable claims supported, the editor's
 * summary and the weakest-supported claims first.
 */
export function ScorecardPanel({ scorecard, summary, weakest, filter, onFilter, onOpenClaim }: ScorecardPanelProps) {
  const present = VERDICTS.filter((v) => scorecard.counts[v] > 0);
  const bars: Array<{ key: Verdict | "unrated"; label: string; count: number }> = present.map((v) => ({ key: v, label: VERDICT_LABELS[v], count: scorecard.counts[v] }));
  if (scorecard.unrated > 0) bars.push({ key: "unrated", label: "Not yet rated", count: scorecard.unrated });
  const total = Math.max(1, scorecard.total);
  return (
    <section className="scorecard card" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">Scorecard</h2>
      <p className="scorecard-headline">
        {/* Unrated claims are not reviewed yet: never counted as such. */}
        {scorecard.total - scorecard.unrated} claims reviewed
        {scorecard.unrated > 0 && ` (${scorecard.unrated} not yet rated)`}
        {scorecard.supportedShare !== null && (
          <>
            {" · "}
            <strong>{Math.round(scorecard.supportedShare * 100)}%</strong> of checkable claims supported or mostly supported
            <span className="hint">
              {" "}
              ({scorecard.counts.supported + scorecard.counts.mostly_supported} of {scorecard.checkableRated})
            </span>
          </>
        )}
      </p>
      <div className="stacked-bar" role="img" aria-label={`Claims by verdict: ${bars.map((b) => `${b.label} ${b.count}`).join(", ")}`}>
        {bars.map((bar) => (
          <span key={bar.key} className="bar-part" data-verdict={bar.key} style={{ flexGrow: bar.count / total }} title={`${bar.label}: ${bar.count}`}>
            <span className="bar-count">{bar.count}</span>
          </span>
        ))}
      </div>
      <div className="verdict-filter" role="group" aria-label="Show claims by verdict">
        <button type="button" className="filter-chip" aria-pressed={filter === null} onClick={() => onFilter(null)}>
          All ({scorecard.total})
        </button>
        {present.map((verdict) => (
          <button
            key={verdict}
            type="button"
            className="filter-chip"
            data-verdict={verdict}
            aria-pressed={filter === verdict}
            onClick={() => onFilter(filter === verdict ? null : verdict)}
          >
            <span className="chip-swatch" aria-hidden="true">
              {VERDICT_ICONS[verdict]}
            </span>{" "}
            {VERDICT_LABELS[verdict]} ({scorecard.counts[verdict]})
          </button>
        ))}
      </div>
      <div className="scorecard-columns">
        {summary && (
          <div className="editor-summary">
            <h3>Editor’s summary</h3>
            {summary}
          </div>
        )}
        {weakest.length > 0 && (
          <div className="weakest-claims">
            <h3>Weakest-supported claims</h3>
            <ol>
              {weakest.map((claim) => (
                <li key={claim.id}>
                  <button type="button" className="link-button" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)}>
                    <VerdictBadge verdict={claim.verdict} /> <span>{claim.restatement}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
