import type { Verdict } from "../domain/ratings/scale";
import { VERDICT_COLOURS, VERDICT_UNDERLINE } from "../domain/ratings/verdict-palette";

/**
 * How highlights look on a publisher's page, set through the CSSOM (element.style, which a
 * host's `style-src` does not block, unlike style attributes or <style> elements): the
 * verdict palette every surface uses (domain/ratings/verdict-palette.ts).
 */
function verdictLook(verdict: Verdict | "unrated"): { tint: string; colour: string; line: string; thickness: string } {
  const colours = VERDICT_COLOURS[verdict];
  const underline = VERDICT_UNDERLINE[verdict];
  return { tint: colours.tint, colour: colours.line, line: underline.style, thickness: underline.thickness };
}

const MONO = { tint: "#ececec", colour: "#4d4d4d" };

export function styleHighlight(mark: HTMLElement, verdict: Verdict | "unrated", visible: boolean, scheme: "verdict" | "mono" = "verdict"): void {
  const look = scheme === "mono" ? { ...verdictLook(verdict), ...MONO } : verdictLook(verdict);
  const declarations: Array<[string, string]> = [
    ["color", "inherit"],
    ["font", "inherit"],
    ["padding", "0"],
    ["border-radius", "2px"],
    ["cursor", "pointer"],
    ["background", visible ? look.tint : "transparent"],
    ["text-decoration-line", visible && look.line !== "none" ? "underline" : "none"],
    ["text-decoration-style", look.line === "none" ? "solid" : look.line],
    ["text-decoration-color", look.colour],
    ["text-decoration-thickness", look.thickness],
    ["text-underline-offset", "0.2em"],
  ];
  // One assignment through the CSSOM (not a style attribute, which a host's style-src may
  // refuse): thousands of highlights get styled in one parse each instead of eleven calls.
  mark.style.cssText = declarations.map(([name, value]) => `${name}:${value} !important`).join(";");
}
