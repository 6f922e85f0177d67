import "server-only";
import {
  CitationDataError,
  cslFromCrossrefMessage,
  cslFromEutilsSummary,
  fieldsFromCsl,
  parseCitationOffline,
  type IdentifierKind,
  type TCitationFields,
} from "@/domain/citations";
import { AppError } from "../errors";
import { citationLookupConfig } from "./lookup-config";
import { fetchMetadataJson } from "./fetch-metadata-json";

export interface CitationResolution {
  kind: IdentifierKind;
  fields: TCitationFields;
  /** online: completed from Crossref/PubMed; offline: parsed here, the lookup failed or was skipped; parsed: BibTeX/RIS/URL, nothing to look up. */
  lookup: "online" | "offline" | "parsed";
  message: string;
}

function mergeFields(offline: TCitationFields, online: TCitationFields): TCitationFields {
  return {
    title: online.title ?? offline.title,
    authors: online.authors.length > 0 ? online.authors : offline.authors,
    container: online.container ?? offline.container,
    year: online.year ?? offline.year,
    doi: online.doi ?? offline.doi,
    pmid: online.pmid ?? offline.pmid,
    url: online.url ?? offline.url,
    volume: online.volume ?? offline.volume,
    issue: online.issue ?? offline.issue,
    pages: online.pages ?? offline.pages,
    publisher: online.publisher ?? offline.publisher,
  };
}

async function lookUp(kind: "doi" | "pmid", fields: TCitationFields): Promise<TCitationFields> {
  const config = citationLookupConfig();
  if (kind === "doi") {
    const json = await fetchMetadataJson(`${config.crossrefBaseUrl}/works/${encodeURIComponent(fields.doi!)}`, config.timeoutMs);
    return fieldsFromCsl(cslFromCrossrefMessage(json));
  }
  const pmid = fields.pmid!;
  const json = await fetchMetadataJson(`${config.eutilsBaseUrl}/esummary.fcgi?db=pubmed&retmode=json&id=${encodeURIComponent(pmid)}`, config.timeoutMs);
  return fieldsFromCsl(cslFromEutilsSummary(json, pmid));
}

/**
 * Turns a pasted DOI, PMID, URL, BibTeX or RIS entry into source fields. DOIs and PMIDs are
 * completed online (Crossref, PubMed) within a short timeout; when that fails the reviewer
 * gets the identifier and a notice to fill in the rest. Unreadable input is a 422 saying why.
 */
export async function resolveCitation(input: string, options: { online: boolean }): Promise<CitationResolution> {
  const parsed = parseCitationOffline(input);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.error, { fieldErrors: { input: [parsed.error] } });
  if ((parsed.kind !== "doi" && parsed.kind !== "pmid") || !options.online) {
    const label = parsed.kind === "bibtex" ? "BibTeX" : parsed.kind === "ris" ? "RIS" : parsed.kind.toUpperCase();
    return { kind: parsed.kind, fields: parsed.fields, lookup: parsed.kind === "doi" || parsed.kind === "pmid" ? "offline" : "parsed", message: `Read from the ${label} entry. Check the fields.` };
  }
  const service = parsed.kind === "doi" ? "Crossref" : "PubMed";
  try {
    const online = await lookUp(parsed.kind, parsed.fields);
    return { kind: parsed.kind, fields: mergeFields(parsed.fields, online), lookup: "online", message: `Filled in from ${service}. Check the fields.` };
  } catch (error) {
    const reason = error instanceof CitationDataError || error instanceof Error ? error.message : "unknown error";
    return {
      kind: parsed.kind,
      fields: parsed.fields,
      lookup: "offline",
      message: `Couldn't look it up in ${service} (${reason}). Fill in the title and the other fields yourself.`,
    };
  }
}
