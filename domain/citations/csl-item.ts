import type { TCslItem } from "../schemas/review";
import type { CslName } from "./author-names";

/** CSL "number" variables citation-js and lookup services sometimes give as numbers; the product stores strings. */
const NUMBER_VARIABLES = ["volume", "issue", "page", "number", "edition", "number-of-pages", "chapter-number"] as const;
const NAME_VARIABLES = ["author", "editor", "translator", "container-author", "collection-editor"] as const;

function cleanName(value: unknown): CslName | null {
  if (typeof value !== "object" || value === null) return null;
  const name: CslName = {};
  for (const key of ["family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix"] as const) {
    const part = (value as Record<string, unknown>)[key];
    if (typeof part === "string" && part.trim() !== "") name[key] = part.trim();
  }
  return name.family || name.given || name.literal ? name : null;
}

/**
 * A raw CSL record (from citation-js or a lookup) made safe to store: no citation-js parse graph,
 * no random temporary id, number variables as strings, names with at least one part, a type.
 */
export function cleanCslRecord(raw: Record<string, unknown>): TCslItem {
  const record: Record<string, unknown> = { ...raw };
  delete record._graph;
  if (typeof record.id !== "string" || record.id.startsWith("temp_id_")) delete record.id;
  if (typeof record.type !== "string" || record.type === "") record.type = "article-journal";

  for (const key of NUMBER_VARIABLES) {
    const value = record[key];
    if (typeof value === "number") record[key] = String(value);
    else if (value !== undefined && typeof value !== "string") delete record[key];
  }
  for (const key of NAME_VARIABLES) {
    const value = record[key];
    if (value === undefined) continue;
    const names = Array.isArray(value) ? value.map(cleanName).filter((name): name is CslName => name !== null) : [];
    if (names.length > 0) record[key] = names;
    else delete record[key];
  }
  for (const key of ["title", "container-title", "DOI", "PMID", "URL"] as const) {
    const value = record[key];
    if (Array.isArray(value) && typeof value[0] === "string") record[key] = value[0];
    else if (typeof value === "number") record[key] = String(value);
    else if (value !== undefined && typeof value !== "string") delete record[key];
  }
  const issued = cleanDate(record.issued);
  if (issued) record.issued = issued;
  else delete record.issued;
  return record as TCslItem;
}

/** Keeps a CSL date's date-parts when they hold numbers (or numeric strings); drops anything else. */
function cleanDate(value: unknown): { "date-parts": Array<Array<number | string>> } | null {
  if (typeof value !== "object" || value === null) return null;
  const parts = (value as Record<string, unknown>)["date-parts"];
  if (!Array.isArray(parts)) return null;
  const cleaned = parts
    .filter((part): part is unknown[] => Array.isArray(part))
    .map((part) => part.filter((piece): piece is number | string => typeof piece === "number" || (typeof piece === "string" && /^\d+$/.test(piece))))
    .filter((part) => part.length > 0);
  return cleaned.length > 0 ? { "date-parts": cleaned } : null;
}

/** The first year in a CSL date, or null. */
export function yearOfCslItem(csl: TCslItem): number | null {
  const first = csl.issued?.["date-parts"]?.[0]?.[0];
  const year = typeof first === "number" ? first : typeof first === "string" ? Number.parseInt(first, 10) : Number.NaN;
  return Number.isInteger(year) ? year : null;
}
