import { z } from "zod";
import type { TCslItem } from "../schemas/review";
import { CitationDataError } from "./citation-data-error";
import { cleanCslRecord } from "./csl-item";
import { decodeHtmlEntities } from "./decode-html-entities";
import { normalizeDoi, normalizePmid } from "./normalize-identifiers";

const ZEutilsAuthor = z.looseObject({ name: z.string(), authtype: z.string().optional() });
const ZEutilsArticleId = z.looseObject({ idtype: z.string(), value: z.string() });

/** One document summary of esummary.fcgi?db=pubmed&retmode=json: only the fields Claimcheck uses. */
const ZEutilsDocument = z.looseObject({
  uid: z.string(),
  error: z.string().optional(),
  title: z.string().optional(),
  authors: z.array(ZEutilsAuthor).optional(),
  source: z.string().optional(),
  fulljournalname: z.string().optional(),
  pubdate: z.string().optional(),
  sortpubdate: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  issn: z.string().optional(),
  essn: z.string().optional(),
  articleids: z.array(ZEutilsArticleId).optional(),
  pubtype: z.array(z.string()).optional(),
});
type EutilsDocument = z.infer<typeof ZEutilsDocument>;

const ZEutilsResponse = z.looseObject({
  error: z.string().optional(),
  result: z.record(z.string(), z.unknown()).optional(),
});

/** PubMed wraps translated titles in brackets and ends every title with a period. */
function cleanTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  let text = decodeHtmlEntities(title).replace(/\s+/g, " ").trim();
  text = text.replace(/\.$/, "");
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  return text === "" ? undefined : text;
}

/** "Luo G" → family "Luo", given "G"; collective names (authtype CollectiveName) stay whole. */
function cslAuthor(author: z.infer<typeof ZEutilsAuthor>): Record<string, string> | null {
  const name = author.name.trim();
  if (name === "") return null;
  if (author.authtype === "CollectiveName") return { literal: name };
  const match = /^(.+?)\s+([A-Z]{1,4})$/.exec(name);
  if (!match?.[1] || !match[2]) return { literal: name };
  // "MD" are initials: written "M. D." so styles abbreviate them as initials, not as a name.
  return { family: match[1], given: [...match[2]].map((initial) => `${initial}.`).join(" ") };
}

/** Year, month, day from "1997/03/06 00:00"; only the year when the pubdate has no month ("2019 Winter"). */
function issuedDate(doc: EutilsDocument): { "date-parts": number[][] } | undefined {
  const sortable = /^(\d{4})\/(\d{2})\/(\d{2})/.exec(doc.sortpubdate ?? "");
  const year = /^(\d{4})/.exec(doc.pubdate ?? "")?.[1] ?? sortable?.[1];
  if (!year) return undefined;
  const pubdateHasMonth = /^\d{4} [A-Z][a-z]{2}\b/.test(doc.pubdate ?? "") && !/^\d{4} (Spring|Summer|Fall|Autumn|Winter)/.test(doc.pubdate ?? "");
  if (sortable?.[1] === year && sortable[2] && pubdateHasMonth) {
    const dayGiven = /^\d{4} [A-Z][a-z]{2} \d{1,2}\b/.test(doc.pubdate ?? "");
    const parts = [Number(year), Number(sortable[2])];
    if (dayGiven && sortable[3]) parts.push(Number(sortable[3]));
    return { "date-parts": [parts] };
  }
  return { "date-parts": [[Number(year)]] };
}

function articleId(doc: EutilsDocument, type: string): string | undefined {
  return doc.articleids?.find((id) => id.idtype === type)?.value.trim() || undefined;
}

/**
 * CSL-JSON for one PubMed record from NCBI E-utilities' esummary JSON. Throws CitationDataError
 * when the answer is an error, or holds no summary for `pmid`.
 */
export function cslFromEutilsSummary(json: unknown, pmid: string): TCslItem {
  const wanted = normalizePmid(pmid);
  if (!wanted) throw new CitationDataError(`Not a PMID: ${pmid}`);
  const response = ZEutilsResponse.safeParse(json);
  if (!response.success) throw new CitationDataError("PubMed's answer is not an esummary result.");
  if (response.data.error) throw new CitationDataError(`PubMed answered with an error: ${response.data.error}`);

  const parsed = ZEutilsDocument.safeParse(response.data.result?.[wanted]);
  if (!parsed.success) throw new CitationDataError(`PubMed's answer holds no summary for PMID ${wanted}.`);
  const doc = parsed.data;
  if (doc.error) throw new CitationDataError(`PubMed has no record for PMID ${wanted} (${doc.error}).`);

  const doi = articleId(doc, "doi");
  const pmcid = articleId(doc, "pmc");
  const record: Record<string, unknown> = {
    type: "article-journal",
    title: cleanTitle(doc.title),
    author: (doc.authors ?? []).map(cslAuthor).filter((name) => name !== null),
    "container-title": doc.fulljournalname?.trim() || doc.source?.trim() || undefined,
    "container-title-short": doc.source?.trim() || undefined,
    issued: issuedDate(doc),
    volume: doc.volume || undefined,
    issue: doc.issue || undefined,
    page: doc.pages || undefined,
    ISSN: doc.issn || doc.essn || undefined,
    DOI: doi && normalizeDoi(doi) ? doi : undefined,
    PMID: wanted,
    PMCID: pmcid?.startsWith("PMC") ? pmcid : undefined,
    URL: `https://pubmed.ncbi.nlm.nih.gov/${wanted}/`,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return cleanCslRecord(record);
}
