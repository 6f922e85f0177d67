import { VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";

/** A second cue besides colour, per verdict (UI.md). */
export const VERDICT_ICONS: Record<Verdict | "unrated", string> = {
  supported: "✓",
  mostly_supported: "✓′",
  mixed: "◐",
  unsupported: "?",
  contradicted: "✗",
  not_checkable: "i",
  unrated: "…",
};

export function verdictLabel(verdict: Verdict | null): string {
  return verdict ? VERDICT_LABELS[verdict] : "Not yet rated";
}

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
