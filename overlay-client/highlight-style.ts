import type { Verdict } from "../domain/ratings/scale";

/**
 * How highlights look on a publisher's page, set through the CSSOM (element.style, which a
 * host's `style-src` does not block, unlike style attributes or <style> elements). The same
 * tints and underline styles as app/styles/base.css and verdicts.css (the reader page).
 */
const LOOK: Record<Verdict | "unrated", { tint: string; colour: string; line: string; thickness: string }> = {
  supported: { tint: "#d7f0e8", colour: "#009e73", line: "solid", thickness: "3px" },
  mostly_supported: { tint: "#dcebf6", colour: "#0072b2", line: "double", thickness: "1.5px" },
  mixed: { tint: "#fbf6c4", colour: "#8f8500", line: "dashed", thickness: "2px" },
  unsupported: { tint: "#fbebc9", colour: "#e69f00", line: "dotted", thickness: "3px" },
  contradicted: { tint: "#f8dccb", colour: "#d55e00", line: "wavy", thickness: "1.5px" },
  not_checkable: { tint: "#ececec", colour: "#8a8a8a", line: "none", thickness: "0" },
  unrated: { tint: "#f1f1f1", colour: "#b0b0b0", line: "dotted", thickness: "2px" },
};

const MONO = { tint: "#ececec", colour: "#4d4d4d" };

export function styleHighlight(mark: HTMLElement, verdict: Verdict | "unrated", visible: boolean, scheme: "verdict" | "mono" = "verdict"): void {
  const look = scheme === "mono" ? { ...LOOK[verdict], ...MONO } : LOOK[verdict];
  const set = (name: string, value: string) => mark.style.setProperty(name, value, "important");
  set("color", "inherit");
  set("font", "inherit");
  set("padding", "0");
  set("border-radius", "2px");
  set("cursor", "pointer");
  set("background", visible ? look.tint : "transparent");
  set("text-decoration-line", visible && look.line !== "none" ? "underline" : "none");
  set("text-decoration-style", look.line === "none" ? "solid" : look.line);
  set("text-decoration-color", look.colour);
  set("text-decoration-thickness", look.thickness);
  set("text-underline-offset", "0.2em");
}
