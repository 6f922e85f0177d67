/**
 * A publisher's options: attributes on the script tag and an optional JSON block
 *   <script type="application/json" class="claimcheck-config">{"highlights": true, "panelPosition": "left"}</script>
 * Unknown keys and wrong types are ignored (the defaults stand).
 */
export interface OverlayConfig {
  /** The review's slug (data-review); else the review matching the page's canonical URL. */
  review: string | null;
  /** Tinted highlights (true) or only the focusable marks without colour (false). */
  highlights: boolean;
  /** "verdict": each verdict's colour (Okabe–Ito) and underline; "mono": grey, verdicts told apart by underline style only. */
  colourScheme: "verdict" | "mono";
  panelPosition: "right" | "left";
  /** CSS selector of the part of the page holding the article (default: the whole body). */
  root: string;
  /** How long the DOM must stay still before claims are placed again. */
  mutationDelayMs: number;
}

export function readConfig(script: HTMLScriptElement | null): OverlayConfig {
  const config: OverlayConfig = { review: script?.dataset.review || null, highlights: true, colourScheme: "verdict", panelPosition: "right", root: "body", mutationDelayMs: 300 };
  const block = document.querySelector("script.claimcheck-config");
  if (!block?.textContent) return config;
  let raw: unknown;
  try {
    raw = JSON.parse(block.textContent);
  } catch {
    return config;
  }
  if (!raw || typeof raw !== "object") return config;
  const given = raw as Record<string, unknown>;
  if (typeof given.review === "string" && !config.review) config.review = given.review;
  if (typeof given.highlights === "boolean") config.highlights = given.highlights;
  if (given.colourScheme === "verdict" || given.colourScheme === "mono") config.colourScheme = given.colourScheme;
  if (given.panelPosition === "left" || given.panelPosition === "right") config.panelPosition = given.panelPosition;
  if (typeof given.root === "string" && given.root.trim()) config.root = given.root;
  if (typeof given.mutationDelayMs === "number" && given.mutationDelayMs >= 0 && given.mutationDelayMs <= 10_000) config.mutationDelayMs = given.mutationDelayMs;
  return config;
}
