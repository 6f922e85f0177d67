import type { TCslItem } from "../schemas/review";
import { formatAuthorName, parseAuthorName, type CslName } from "./author-names";
import { yearOfCslItem } from "./csl-item";
import { normalizeDoi, normalizePmid, normalizeUrl } from "./normalize-identifiers";

/** The flat fields of the evidence form (and of a stored Source), read from or written to CSL-JSON. */
export type TCitationFields = {
  title: string | null;
  /** "Family, Given" for people, the full name for organisations. */
  authors: string[];
  container: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  volume: string | null;
  issue: string | null;
  /** "78-81", "e508-e522", "1115069". */
  pages: string | null;
  publisher: string | null;
};

/** What a form may send: every field optional, authors as typed ("Family, Given" or "Given Family"). */
export type TCitationFieldsInput = {
  type?: string | null;
  title?: string | null;
  authors?: readonly string[] | null;
  container?: string | null;
  year?: number | null;
  doi?: string | null;
  pmid?: string | null;
  url?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  publisher?: string | null;
};

/** Removes the inline markup CSL allows in titles (<i>, <b>, <sup>, <sub>, <span class="nocase">). */
function plainText(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = value.replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>/gi, "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

export function fieldsFromCsl(csl: TCslItem): TCitationFields {
  const authors = (csl.author ?? []).map((name) => formatAuthorName(name as CslName)).filter((name) => name !== "");
  return {
    title: plainText(csl.title),
    authors,
    container: plainText(csl["container-title"]),
    year: yearOfCslItem(csl),
    doi: csl.DOI ? normalizeDoi(csl.DOI) : null,
    pmid: csl.PMID ? normalizePmid(csl.PMID) : null,
    url: csl.URL ? (normalizeUrl(csl.URL) === null ? null : csl.URL.trim()) : null,
    volume: scalarText(csl.volume),
    issue: scalarText(csl.issue),
    pages: scalarText(csl.page),
    publisher: scalarText(csl.publisher),
  };
}

/** CSL numbers may come as numbers from some parsers ("volume": 386). */
function scalarText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? plainText(value) : null;
}

function defaultType(fields: TCitationFieldsInput): string {
  if (fields.type) return fields.type;
  const onlyAWebPage = fields.url && !fields.doi && !fields.pmid && !fields.container;
  return onlyAWebPage ? "webpage" : "article-journal";
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** CSL-JSON for what a reviewer typed. Identifiers are stored in their normalized form; invalid ones are left out. */
export function cslFromFields(fields: TCitationFieldsInput): TCslItem {
  const csl: TCslItem = { type: defaultType(fields) };
  const title = nonEmpty(fields.title);
  if (title) csl.title = title;
  const authors = (fields.authors ?? []).map(parseAuthorName).filter((name): name is CslName => name !== null);
  if (authors.length > 0) csl.author = authors;
  const container = nonEmpty(fields.container);
  if (container) csl["container-title"] = container;
  if (typeof fields.year === "number" && Number.isInteger(fields.year)) csl.issued = { "date-parts": [[fields.year]] };
  const doi = fields.doi ? normalizeDoi(fields.doi) : null;
  if (doi) csl.DOI = doi;
  const pmid = fields.pmid ? normalizePmid(fields.pmid) : null;
  if (pmid) csl.PMID = pmid;
  const url = nonEmpty(fields.url);
  if (url && normalizeUrl(url)) csl.URL = url;
  const volume = nonEmpty(fields.volume);
  if (volume) csl.volume = volume;
  const issue = nonEmpty(fields.issue);
  if (issue) csl.issue = issue;
  const pages = nonEmpty(fields.pages);
  if (pages) csl.page = pages.replace(/\s*[–—]+\s*|\s*-{2,}\s*/g, "-");
  const publisher = nonEmpty(fields.publisher);
  if (publisher) csl.publisher = publisher;
  return csl;
}
