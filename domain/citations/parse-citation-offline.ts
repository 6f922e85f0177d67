import type { TCslItem } from "../schemas/review";
import { parseWithCitationJs, type CitationJsInputType } from "./citation-engine";
import { cslFromFields, fieldsFromCsl, type TCitationFields } from "./citation-fields";
import { cleanCslRecord } from "./csl-item";
import { parseIdentifier, type IdentifierKind } from "./parse-identifier";

export type CitationParseResult =
  | { ok: true; kind: IdentifierKind; csl: TCslItem; fields: TCitationFields }
  | { ok: false; kind: IdentifierKind; error: string };

/** RIS as pasted from web pages often has "TI - x" or "TI -x"; citation-js wants "TI  - x". */
function normalizeRisSpacing(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^([A-Z][A-Z0-9]) {0,2}- ?(.*)$/, (_all, tag: string, value: string) => `${tag}  - ${value}`))
    .join("\n");
}

const FORMAT_NAMES: Record<CitationJsInputType, string> = { "@bibtex/text": "BibTeX", "@ris/file": "RIS" };

function parseBibliographicText(kind: IdentifierKind, text: string, type: CitationJsInputType): CitationParseResult {
  const formatName = FORMAT_NAMES[type];
  let records: Record<string, unknown>[];
  try {
    records = parseWithCitationJs(text, type);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() ?? "";
    return { ok: false, kind, error: `This ${formatName} could not be read (${reason}). Check it is complete, or fill in the fields by hand.` };
  }
  if (records.length === 0 || records[0] === undefined) {
    return { ok: false, kind, error: `No ${formatName} entry was found in this text. Check it is complete, or fill in the fields by hand.` };
  }
  if (records.length > 1) {
    return { ok: false, kind, error: `This text holds ${records.length} ${formatName} entries; paste one at a time.` };
  }
  const parsed = cleanCslRecord(records[0]);
  const csl = type === "@ris/file" ? withRisPublisher(parsed, text) : parsed;
  const fields = fieldsFromCsl(csl);
  if (!fields.title && fields.authors.length === 0 && !fields.doi && !fields.pmid && !fields.url) {
    return { ok: false, kind, error: `This ${formatName} entry has no title, author or identifier. Check it, or fill in the fields by hand.` };
  }
  return { ok: true, kind, csl, fields };
}

function identifierOnly(kind: IdentifierKind, identifiers: { doi?: string; pmid?: string; url?: string }): CitationParseResult {
  const csl = cslFromFields(identifiers);
  return { ok: true, kind, csl, fields: fieldsFromCsl(csl) };
}

/**
 * citation-js reads RIS's PB (publisher) only for books and the like; a journal article's
 * publisher is read here, so that it is not lost on the way to the form.
 */
function withRisPublisher(csl: TCslItem, ris: string): TCslItem {
  if (csl.publisher !== undefined) return csl;
  const publisher = /^PB {2}- (.+)$/m.exec(ris)?.[1]?.trim();
  return publisher ? { ...csl, publisher } : csl;
}

/**
 * Reads what a reviewer pasted without touching the network. BibTeX and RIS are parsed in full;
 * a DOI, PMID or URL gives a record holding only that identifier, for an online lookup to
 * complete or for the reviewer to fill in. Never throws: unreadable input gets a message saying why.
 */
export function parseCitationOffline(input: string): CitationParseResult {
  const identifier = parseIdentifier(input);
  switch (identifier.kind) {
    case "bibtex":
      return parseBibliographicText("bibtex", identifier.value, "@bibtex/text");
    case "ris":
      return parseBibliographicText("ris", normalizeRisSpacing(identifier.value), "@ris/file");
    case "doi":
      return identifierOnly("doi", { doi: identifier.value });
    case "pmid":
      return identifierOnly("pmid", { pmid: identifier.value });
    case "url":
      return identifierOnly("url", { url: identifier.value });
    case "unknown":
      return {
        ok: false,
        kind: "unknown",
        error:
          identifier.value === ""
            ? "Paste a DOI, PMID, URL, BibTeX or RIS entry."
            : "This is not a DOI, PMID, http(s) URL, BibTeX or RIS entry. Check it, or fill in the fields by hand.",
      };
  }
}
