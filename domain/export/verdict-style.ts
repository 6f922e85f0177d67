import { VERDICT_COLOURS, type VerdictColours } from "../ratings/verdict-palette";
import type { ReportVerdict } from "./review-report";

/**
 * Verdict colours (one definition for the web, the embed and the exports:
 * domain/ratings/verdict-palette.ts) and the second cue, an icon, described once as a 24×24
 * vector drawing so that the HTML report (inline SVG) and the PDF (pdfkit paths) show the same
 * badge. Text goes on the light tint in the dark ink colour for contrast.
 */

export type VerdictStyle = VerdictColours;

export const VERDICT_STYLES: Record<ReportVerdict, VerdictStyle> = VERDICT_COLOURS;

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

const C = VERDICT_COLOURS;

export const VERDICT_ICONS: Record<ReportVerdict, VerdictIcon> = {
  supported: { disc: { fill: C.supported.strong }, strokes: [CHECK], strokeColor: C.supported.onStrong, dots: [] },
  mostly_supported: {
    disc: { fill: C.mostly_supported.strong },
    strokes: ["M6.5 12 L9.5 15 L15 8.5"],
    strokeColor: C.mostly_supported.onStrong,
    dots: [[16.5, 15.5, 1.6]],
  },
  mixed: {
    disc: { fill: "#FFFFFF", stroke: C.mixed.ink },
    halfFill: C.mixed.strong,
    strokes: ["M12 3 L12 21"],
    strokeColor: C.mixed.ink,
    dots: [],
  },
  unsupported: {
    disc: { fill: C.unsupported.strong },
    strokes: ["M9.2 9.3 C9.2 6 14.8 6 14.8 9.3 C14.8 11.6 12 11.6 12 14"],
    strokeColor: C.unsupported.onStrong,
    dots: [[12, 17.3, 1.4]],
  },
  contradicted: { disc: { fill: C.contradicted.strong }, strokes: ["M8 8 L16 16", "M16 8 L8 16"], strokeColor: C.contradicted.onStrong, dots: [] },
  not_checkable: { disc: { fill: C.not_checkable.strong }, strokes: ["M12 11 L12 17"], strokeColor: C.not_checkable.onStrong, dots: [[12, 7.6, 1.4]] },
  unrated: { disc: { fill: "#FFFFFF", stroke: C.not_checkable.strong }, strokes: ["M8.5 12 L15.5 12"], strokeColor: C.not_checkable.strong, dots: [] },
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
