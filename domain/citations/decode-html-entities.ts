import { decodeHTMLStrict } from "entities";

/** Metadata services escape characters in titles ("1990&#x2013;2020", "&eacute;"); CSL wants the characters. Only terminated entities are decoded, as in XML. */
export function decodeHtmlEntities(text: string): string {
  return decodeHTMLStrict(text);
}
