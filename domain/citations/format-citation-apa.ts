import type { TCslItem } from "../schemas/review";
import { formatWithCitationJs } from "./citation-engine";
import { fieldsFromCsl } from "./citation-fields";
import { prepareForOutput } from "./prepare-for-output";

/**
 * The reference in APA 7th edition as plain text, using the APA style and en-US locale that ship
 * with plugin-csl (no download). Never throws: a record that names no work gives "", and if citeproc rejects an odd record, a plain
 * "Authors (Year). Title. Container." takes its place.
 */
export function formatCitationApa(csl: TCslItem): string {
  const [item] = prepareForOutput([csl]);
  if (!item || !describesAWork(item)) return "";
  try {
    const formatted = formatWithCitationJs("bibliography", [item], { template: "apa", format: "text", lang: "en-US" });
    if (typeof formatted === "string" && formatted.trim() !== "") return formatted.trim();
  } catch {
    // fall through to the plain form below
  }
  return plainReference(item);
}

/** A record with no title, author, container or identifier formats to nothing better than "(n.d.)". */
function describesAWork(csl: TCslItem): boolean {
  const fields = fieldsFromCsl(csl);
  return Boolean(fields.title || fields.authors.length > 0 || fields.container || fields.doi || fields.pmid || fields.url);
}

function plainReference(csl: TCslItem): string {
  const fields = fieldsFromCsl(csl);
  const parts = [
    fields.authors.length > 0 ? fields.authors.join(", ") : null,
    `(${fields.year ?? "n.d."}).`,
    fields.title ? `${fields.title}.` : null,
    fields.container ? `${fields.container}.` : null,
    fields.doi ? `https://doi.org/${fields.doi}` : fields.url,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(" ");
}
