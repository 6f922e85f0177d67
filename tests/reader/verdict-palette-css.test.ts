import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERDICT_COLOURS, VERDICT_UNDERLINE, type PaletteVerdict } from "../../domain/ratings/verdict-palette";

/**
 * The web's verdict colours are CSS custom properties (app/styles/base.css) and underline rules
 * (verdicts.css); the exports and the embed read domain/ratings/verdict-palette.ts. This keeps
 * the CSS equal to that one definition, so the web and the PDF show the same colours.
 */
const styles = (name: string) => readFileSync(join(import.meta.dirname, "../../app/styles", name), "utf8");
const verdicts = Object.keys(VERDICT_COLOURS) as PaletteVerdict[];

describe("the web's verdict CSS follows the palette", () => {
  it("base.css defines each verdict's colour, line, tint and ink as the palette does", () => {
    const css = styles("base.css");
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6});`).exec(css)?.[1]?.toUpperCase();
    for (const verdict of verdicts) {
      const colours = VERDICT_COLOURS[verdict];
      expect(token(verdict), verdict).toBe(colours.strong.toUpperCase());
      expect(token(`${verdict}-line`), verdict).toBe(colours.line.toUpperCase());
      expect(token(`${verdict}-tint`), verdict).toBe(colours.tint.toUpperCase());
      expect(token(`${verdict}-ink`), verdict).toBe(colours.ink.toUpperCase());
    }
  });

  it("verdicts.css gives highlights the palette's underline style and thickness", () => {
    const css = styles("verdicts.css");
    for (const verdict of verdicts) {
      const rule = new RegExp(`mark\\[data-verdict="${verdict}"\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? "";
      const { style, thickness } = VERDICT_UNDERLINE[verdict];
      if (style === "none") {
        expect(rule, verdict).toMatch(/text-decoration-line:\s*none/);
        continue;
      }
      expect(rule, verdict).toMatch(new RegExp(`text-decoration-style:\\s*${style};`));
      expect(rule, verdict).toMatch(new RegExp(`text-decoration-thickness:\\s*${thickness.replace(".", "\\.")};`));
    }
  });
});
