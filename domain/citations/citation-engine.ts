import { logger, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
// @citation-js/plugin-doi is deliberately not imported: it registers input parsers that fetch
// over the network. Every parse below also forces its input type, so citation-js never guesses
// that a string is a URL or a DOI (core's own "@else/url" parser would fetch it).

export type CitationJsInputType = "@bibtex/text" | "@ris/file";
export type CslRecord = Record<string, unknown>;

/** citation-js keeps every log line in an in-memory array; a long-running server must not. */
function forgetLogLines(): void {
  if (Array.isArray(logger._log)) logger._log.length = 0;
}

/** Parses BibTeX or RIS text into raw CSL records, offline. Throws when citation-js cannot read it. */
export function parseWithCitationJs(text: string, type: CitationJsInputType): CslRecord[] {
  try {
    return plugins.input.chain(text, { forceType: type, generateGraph: false, strict: true });
  } finally {
    forgetLogLines();
  }
}

/** Runs one of citation-js's output formatters ("bibliography", "bibtex", "ris") on CSL records. */
export function formatWithCitationJs(name: "bibliography" | "bibtex" | "ris", items: readonly CslRecord[], options: Record<string, unknown>): unknown {
  try {
    return plugins.output.format(name, items, options);
  } finally {
    forgetLogLines();
  }
}

type BibtexOutputConfig = { format: { asciiOnly: boolean } };

function isBibtexOutputConfig(value: unknown): value is BibtexOutputConfig {
  if (typeof value !== "object" || value === null || !("format" in value)) return false;
  const format = (value as { format: unknown }).format;
  return typeof format === "object" && format !== null && "asciiOnly" in format;
}

/**
 * Runs `produce` with plugin-bibtex writing Unicode as is. Its default (asciiOnly) silently
 * drops every character it has no LaTeX command for: ≥, CJK, most of Greek. The switch is
 * global plugin state, so it is flipped only for the duration of one synchronous call.
 */
export function withUnicodeBibtexOutput<T>(produce: () => T): T {
  const config = plugins.config.get("@bibtex");
  if (!isBibtexOutputConfig(config)) return produce();
  const previous = config.format.asciiOnly;
  config.format.asciiOnly = false;
  try {
    return produce();
  } finally {
    config.format.asciiOnly = previous;
  }
}
