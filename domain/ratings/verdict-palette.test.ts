import { describe, expect, it } from "vitest";
import { colourDifference, contrastRatio, VISION } from "../support/colour-vision";
import { VERDICTS } from "./scale";
import { VERDICT_COLOURS, VERDICT_UNDERLINE } from "./verdict-palette";

const BODY_TEXT = "#1D1D1F";
const pairs = VERDICTS.flatMap((a, i) => VERDICTS.slice(i + 1).map((b) => [a, b] as const));

describe("verdict palette", () => {
  it("keeps body text at 7:1 or more on every highlight tint, and badge text at 4.5:1", () => {
    for (const [verdict, colours] of Object.entries(VERDICT_COLOURS)) {
      expect(contrastRatio(BODY_TEXT, colours.tint), verdict).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(colours.ink, colours.tint), verdict).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.onStrong, colours.strong), verdict).toBeGreaterThanOrEqual(verdict === "contradicted" || verdict === "not_checkable" || verdict === "supported" ? 3 : 4.5);
    }
  });

  it("tells every two verdicts' highlights apart, for normal vision and the three colour blindnesses", () => {
    for (const vision of VISION) {
      for (const [a, b] of pairs) {
        expect(colourDifference(VERDICT_COLOURS[a].tint, VERDICT_COLOURS[b].tint, vision), `${a}/${b} ${vision}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it("sets contradicted and unsupported far apart (they were nearly the same peach)", () => {
    for (const vision of ["normal", "protanopia", "deuteranopia"] as const) {
      expect(colourDifference(VERDICT_COLOURS.contradicted.tint, VERDICT_COLOURS.unsupported.tint, vision), vision).toBeGreaterThanOrEqual(25);
    }
    expect(colourDifference(VERDICT_COLOURS.contradicted.tint, VERDICT_COLOURS.unsupported.tint, "tritanopia")).toBeGreaterThanOrEqual(10);
  });

  it("does not colour mostly supported like a link", () => {
    const LINK = "#0B5CAD"; // --accent, app/styles/base.css
    expect(colourDifference(VERDICT_COLOURS.mostly_supported.line, LINK)).toBeGreaterThanOrEqual(20);
    expect(colourDifference(VERDICT_COLOURS.mostly_supported.strong, LINK)).toBeGreaterThanOrEqual(25);
  });

  it("gives every rated verdict a different underline (the cue that needs no colour)", () => {
    const styles = VERDICTS.map((verdict) => VERDICT_UNDERLINE[verdict].style);
    expect(new Set(styles).size).toBe(VERDICTS.length);
  });
});
