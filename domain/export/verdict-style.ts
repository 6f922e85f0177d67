import type { ReportVerdict } from "./review-report";

/**
 * Verdict colours (Okabe–Ito, UI.md) and the second cue, an icon, described once as a
 * 24×24 vector drawing so that the HTML report (inline SVG) and the PDF (pdfkit paths) show
 * the same badge. Text goes on the light tint in the dark ink colour for contrast.
 */

export interface VerdictStyle {
  /** The Okabe–Ito colour: icon, bar segment, border. */
  strong: string;
  /** Light background for badges and highlights. */
  tint: string;
  /** Text colour on the tint (≥ 4.5:1). */
  ink: string;
}

export const VERDICT_STYLES: Record<ReportVerdict, VerdictStyle> = {
  supported: { strong: "#009E73", tint: "#E0F3EC", ink: "#00543D" },
  mostly_supported: { strong: "#0072B2", tint: "#E1EEF7", ink: "#00466E" },
  mixed: { strong: "#F0E442", tint: "#FBF7D3", ink: "#4D4700" },
  unsupported: { strong: "#E69F00", tint: "#FCEFD6", ink: "#6B4600" },
  contradicted: { strong: "#D55E00", tint: "#F9E3D4", ink: "#8A3A00" },
  not_checkable: { strong: "#8A8A8A", tint: "#EEEEEE", ink: "#444444" },
  unrated: { strong: "#C4C4C4", tint: "#FFFFFF", ink: "#555555" },
};

export interface VerdictIcon {
  /** Disc behind the mark (centre 12,12, radius 10). */
  disc: { fill: string; stroke?: string };
  /** Left half of the disc filled (the "Mixed" half-circle). */
  halfFill?: string;
  /** SVG path data stroked over the disc, round caps. */
  strokes: string[];
  strokeColor: string;
  /** Small filled dots (x, y, r): the dot of "?" and "i", the mark of "Mostly supported". */
  dots: Array<[number, number, number]>;
}

const CHECK = "M7 12.5 L10.5 16 L17 8.5";

export const VERDICT_ICONS: Record<ReportVerdict, VerdictIcon> = {
  supported: { disc: { fill: "#009E73" }, strokes: [CHECK], strokeColor: "#FFFFFF", dots: [] },
  mostly_supported: {
    disc: { fill: "#0072B2" },
    strokes: ["M6.5 12 L9.5 15 L15 8.5"],
    strokeColor: "#FFFFFF",
    dots: [[16.5, 15.5, 1.6]],
  },
  mixed: {
    disc: { fill: "#FFFFFF", stroke: "#4D4700" },
    halfFill: "#F0E442",
    strokes: ["M12 3 L12 21"],
    strokeColor: "#4D4700",
    dots: [],
  },
  unsupported: {
    disc: { fill: "#E69F00" },
    strokes: ["M9.2 9.3 C9.2 6 14.8 6 14.8 9.3 C14.8 11.6 12 11.6 12 14"],
    strokeColor: "#FFFFFF",
    dots: [[12, 17.3, 1.4]],
  },
  contradicted: { disc: { fill: "#D55E00" }, strokes: ["M8 8 L16 16", "M16 8 L8 16"], strokeColor: "#FFFFFF", dots: [] },
  not_checkable: { disc: { fill: "#8A8A8A" }, strokes: ["M12 11 L12 17"], strokeColor: "#FFFFFF", dots: [[12, 7.6, 1.4]] },
  unrated: { disc: { fill: "#FFFFFF", stroke: "#8A8A8A" }, strokes: ["M8.5 12 L15.5 12"], strokeColor: "#8A8A8A", dots: [] },
};

/** The icon as an inline SVG element (no external references), `size` CSS pixels square. */
export function verdictIconSvg(verdict: ReportVerdict, size = 16): string {
  const icon = VERDICT_ICONS[verdict];
  const parts = [
    `<circle cx="12" cy="12" r="10" fill="${icon.disc.fill}"${icon.disc.stroke ? ` stroke="${icon.disc.stroke}" stroke-width="1.6"` : ""}/>`,
  ];
  if (icon.halfFill) parts.push(`<path d="M12 2 A10 10 0 0 0 12 22 Z" fill="${icon.halfFill}"/>`);
  if (icon.disc.stroke) parts.push(`<circle cx="12" cy="12" r="10" fill="none" stroke="${icon.disc.stroke}" stroke-width="1.6"/>`);
  for (const d of icon.strokes) {
    parts.push(`<path d="${d}" fill="none" stroke="${icon.strokeColor}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`);
  }
  for (const [cx, cy, r] of icon.dots) parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${icon.strokeColor}"/>`);
  return `<svg class="verdict-icon" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${parts.join("")}</svg>`;
}
