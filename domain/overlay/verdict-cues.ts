import { VERDICT_LABELS, type Verdict } from "../ratings/scale";

/** A second cue besides colour, per verdict (UI.md): on badges, chips, the legend and the overlay. */
export const VERDICT_ICONS: Record<Verdict | "unrated", string> = {
  supported: "✓",
  mostly_supported: "✓′",
  mixed: "◐",
  unsupported: "?",
  contradicted: "✗",
  not_checkable: "i",
  unrated: "…",
};

/** The underline style of each verdict's highlights, in words (the legend). */
export const VERDICT_UNDERLINES: Record<Verdict, string> = {
  supported: "solid underline",
  mostly_supported: "thin double underline",
  mixed: "dashed underline",
  unsupported: "dotted underline",
  contradicted: "wavy underline",
  not_checkable: "no underline, grey",
};

export function verdictLabel(verdict: Verdict | null): string {
  return verdict ? VERDICT_LABELS[verdict] : "Not yet rated";
}
