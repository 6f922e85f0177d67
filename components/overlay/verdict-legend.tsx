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

/** One legend for both cues (colour and underline style), overlaps, and the keys. */
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
        <li>
          <mark className="claim overlap legend-sample legend-overlap" data-verdict="supported">
            Overlapping claims
          </mark>{" "}
          <span className="hint">(a coloured line along the top): the text belongs to more than one claim; opening it lets you choose.</span>
        </li>
      </ul>
      <p className="keyboard-hint hint">
        Keys: <kbd>j</kbd> / <kbd>k</kbd> next and previous claim, <kbd>Enter</kbd> opens it, <kbd>Escape</kbd> closes.
      </p>
    </details>
  );
}
