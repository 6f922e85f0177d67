import type { TCslItem } from "../schemas/review";
import { prepareForOutput } from "./prepare-for-output";

/** A CSL-JSON array, as Zotero, Mendeley and pandoc import it. */
export function toCslJson(items: readonly TCslItem[]): string {
  return `${JSON.stringify(prepareForOutput(items), null, 2)}\n`;
}
