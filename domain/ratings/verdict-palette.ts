import type { Verdict } from "./scale";

/**
 * The verdict colours and underline cues, defined once (UI.md: Okabe–Ito colours, always with
 * a second cue). Used by the PDF and HTML exports (domain/export/verdict-style.ts), the
 * embed's highlights on a publisher's page (overlay-client/highlight-style.ts) and mirrored by
 * the web's CSS custom properties in app/styles/base.css and verdicts.css, which
 * tests/reader/verdict-palette-css.test.ts holds to these values.
 *
 * Choices (issue 11, item 5): contradicted is vermillion and unsupported reddish purple
 * (orange and vermillion tints were nearly the same peach); mostly supported is sky blue,
 * not the dark blue of links (#0b5cad). The tints are chosen so that every pair stays apart
 * for normal vision and simulated protanopia, deuteranopia and tritanopia
 * (verdict-palette.test.ts measures it), with body text on them at 7:1 or more.
 */
export interface VerdictColours {
  /** The Okabe–Ito colour: icon disc, scorecard bar segment. */
  strong: string;
  /** Underline of highlights and badge border (the strong colour, darkened where it is too light on a tint). */
  line: string;
  /** Background of highlights and badges. */
  tint: string;
  /** Text on the tint (at least 4.5:1). */
  ink: string;
  /** Text and glyphs on the strong colour (at least 4.5:1 for text). */
  onStrong: string;
}

export type PaletteVerdict = Verdict | "unrated";

export const VERDICT_COLOURS: Record<PaletteVerdict, VerdictColours> = {
  supported: { strong: "#009E73", line: "#009E73", tint: "#80CFB9", ink: "#003D2C", onStrong: "#FFFFFF" },
  mostly_supported: { strong: "#56B4E9", line: "#2F8FC4", tint: "#ABDAF4", ink: "#003E61", onStrong: "#1D1D1F" },
  mixed: { strong: "#F0E442", line: "#8F8500", tint: "#F8F3AA", ink: "#4D4700", onStrong: "#1D1D1F" },
  unsupported: { strong: "#CC79A7", line: "#B3568A", tint: "#EBC9DC", ink: "#6E2A52", onStrong: "#1D1D1F" },
  contradicted: { strong: "#D55E00", line: "#D55E00", tint: "#F0C7A6", ink: "#7A3300", onStrong: "#FFFFFF" },
  not_checkable: { strong: "#8A8A8A", line: "#8A8A8A", tint: "#EDEDED", ink: "#444444", onStrong: "#FFFFFF" },
  unrated: { strong: "#B0B0B0", line: "#B0B0B0", tint: "#F4F4F4", ink: "#4D4D4D", onStrong: "#1D1D1F" },
};

/** The second cue on highlights: the underline's style and thickness (CSS values). */
export const VERDICT_UNDERLINE: Record<PaletteVerdict, { style: "solid" | "double" | "dashed" | "dotted" | "wavy" | "none"; thickness: string }> = {
  supported: { style: "solid", thickness: "3px" },
  mostly_supported: { style: "double", thickness: "1.5px" },
  mixed: { style: "dashed", thickness: "2px" },
  unsupported: { style: "dotted", thickness: "3px" },
  contradicted: { style: "wavy", thickness: "1.5px" },
  not_checkable: { style: "none", thickness: "0" },
  unrated: { style: "dotted", thickness: "2px" },
};
