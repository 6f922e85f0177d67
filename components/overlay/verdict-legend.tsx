import { VERDICTS, VERDICT_LABELS, VERDICT_MEANINGS } from "@/domain/ratings/scale";
import { VERDICT_ICONS } from "@/components/ui/verdict-badge";

const UNDERLINES: Record<(typeof VERDICTS)[number], string> = {
  supported: "solid underline",
  mostly_supported: "thin solid underline",
  mixed: "dashed underline",
  unsupported: "dotted underline",
  contradicted: "wavy underline",
  not_checkable: "no underline, grey",
};

export function VerdictLegend() {
  return (
    <details className="legend card">
      <summary>How to read the highlights</summary>
      <ul>
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <mark className="claim legend-sample" data-verdict={verdict}>
              <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span> {VERDICT_LABELS[verdict]}
            </mark>{" "}
            <span className="hint">
              ({UNDERLINES[verdict]}): {VERDICT_MEANINGS[verdict]}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
