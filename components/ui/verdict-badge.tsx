import type { Verdict } from "@/domain/ratings/scale";
import { VERDICT_ICONS, verdictLabel } from "@/domain/overlay/verdict-cues";

export { VERDICT_ICONS, verdictLabel };

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  const key = verdict ?? "unrated";
  return (
    <span className="verdict-badge" data-verdict={key}>
      <span className="icon" aria-hidden="true">
        {VERDICT_ICONS[key]}
      </span>
      {verdictLabel(verdict)}
    </span>
  );
}
