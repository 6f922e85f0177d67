import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";
import type { Scorecard } from "@/domain/overlay/scorecard";
import type { ReactNode } from "react";
import { VERDICT_ICONS } from "@/components/ui/verdict-badge";

interface ScorecardPanelProps {
  scorecard: Scorecard;
  /** The editor's summary, rendered on the server. */
  summary: ReactNode;
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
}

export function ScorecardPanel({ scorecard, summary, filter, onFilter }: ScorecardPanelProps) {
  const present = VERDICTS.filter((v) => scorecard.counts[v] > 0);
  const total = Math.max(1, scorecard.total);
  return (
    <section className="scorecard card" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">Scorecard</h2>
      <p className="scorecard-headline">
        {scorecard.total} claims reviewed
        {scorecard.supportedShare !== null && (
          <>
            {" · "}
            <strong>{Math.round(scorecard.supportedShare * 100)}%</strong> of checkable claims supported or mostly supported
          </>
        )}
      </p>
      <div className="stacked-bar" role="img" aria-label={present.map((v) => `${VERDICT_LABELS[v]}: ${scorecard.counts[v]}`).join(", ")}>
        {present.map((verdict) => (
          <span key={verdict} data-verdict={verdict} style={{ flexGrow: scorecard.counts[verdict] / total }} />
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
            <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span> {VERDICT_LABELS[verdict]} ({scorecard.counts[verdict]})
          </button>
        ))}
      </div>
      {summary && (
        <div className="editor-summary">
          <h3>Editor’s summary</h3>
          {summary}
        </div>
      )}
    </section>
  );
}
