import type { TCslItem } from "../schemas/review";
import { cleanCslRecord } from "./csl-item";

/**
 * Items ready for citation-js's formatters: cleaned, and each with a distinct id (citeproc
 * needs one; a missing or repeated id would merge or drop entries).
 */
export function prepareForOutput(items: readonly TCslItem[]): TCslItem[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const cleaned = cleanCslRecord({ ...item });
    let id = typeof cleaned.id === "string" && cleaned.id.trim() !== "" ? cleaned.id : `item-${index + 1}`;
    while (seen.has(id)) id = `${id}-${index + 1}`;
    seen.add(id);
    return { ...cleaned, id };
  });
}
