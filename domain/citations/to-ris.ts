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
  const prepared = prepareForOutput(items);
  const entries = formatWithCitationJs("ris", prepared, { format: "object" });
  if (!isRisEntryList(entries)) throw new Error("citation-js returned no RIS entries");
  const records = entries.map((rawEntry, index) => {
    const entry = withIdentifierTags(withPageRange(rawEntry), prepared[index]);
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

/** "SP - 142-144" as RIS readers expect it: SP the first page, EP the last. */
function withPageRange(entry: RisEntry): RisEntry {
  const pages = typeof entry.SP === "string" ? entry.SP : null;
  const range = pages ? /^\s*([^-–—\s]+)\s*[-–—]+\s*([^-–—\s]+)\s*$/.exec(pages) : null;
  if (!range || entry.EP !== undefined) return entry;
  return { ...entry, SP: range[1], EP: range[2] };
}

/**
 * citation-js's RIS leaves out the PMID, and the URL when there is a DOI. The PMID goes in AN
 * (accession number, where EndNote and Zotero put PubMed's), the PMCID in C2 (the RIS
 * specification's field for it on journal articles), the URL in UR; a journal article's
 * publisher, which citation-js writes only for books, in PB.
 */
function withIdentifierTags(entry: RisEntry, item: TCslItem | undefined): RisEntry {
  if (!item) return entry;
  const next: RisEntry = { ...entry };
  const pmid = typeof item.PMID === "string" ? item.PMID.trim() : "";
  const pmcid = typeof item.PMCID === "string" ? item.PMCID.trim() : "";
  const url = typeof item.URL === "string" ? item.URL.trim() : "";
  const publisher = typeof item.publisher === "string" ? item.publisher.trim() : "";
  if (pmid && next.AN === undefined) next.AN = pmid;
  if (publisher && next.PB === undefined) next.PB = publisher;
  if (pmcid && next.C2 === undefined) next.C2 = pmcid;
  if (url && next.UR === undefined) next.UR = url;
  return next;
}
