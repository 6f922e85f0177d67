import type { TCslItem } from "../schemas/review";
import { formatWithCitationJs } from "./citation-engine";
import { prepareForOutput } from "./prepare-for-output";

type RisEntry = Record<string, unknown>;

function isRisEntryList(value: unknown): value is RisEntry[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "object" && entry !== null);
}

/** One RIS value per line: line breaks inside a value would start a bogus tag line. */
function oneLine(value: unknown): string {
  return String(value).replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * RIS records, as EndNote, Zotero and Mendeley import them. citation-js maps CSL to RIS tags;
 * the lines are written here because its own writer wraps every 70 characters, mid-word,
 * which importers read as part of the text.
 */
export function toRis(items: readonly TCslItem[]): string {
  if (items.length === 0) return "";
  const entries = formatWithCitationJs("ris", prepareForOutput(items), { format: "object" });
  if (!isRisEntryList(entries)) throw new Error("citation-js returned no RIS entries");
  const records = entries.map((entry) => {
    const lines = [`TY  - ${oneLine(entry.TY ?? "GEN")}`];
    for (const [tag, value] of Object.entries(entry)) {
      if (tag === "TY" || tag === "ER") continue;
      for (const single of Array.isArray(value) ? value : [value]) {
        if (single === undefined || single === null || oneLine(single) === "") continue;
        lines.push(`${tag}  - ${oneLine(single)}`);
      }
    }
    lines.push("ER  - ");
    return lines.join("\n");
  });
  return `${records.join("\n\n")}\n`;
}
