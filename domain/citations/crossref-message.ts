import { z } from "zod";
import type { TCslItem } from "../schemas/review";
import type { CslName } from "./author-names";
import { CitationDataError } from "./citation-data-error";
import { cleanCslRecord } from "./csl-item";
import { decodeHtmlEntities } from "./decode-html-entities";
import { normalizeDoi } from "./normalize-identifiers";

const ZCrossrefDate = z.looseObject({ "date-parts": z.array(z.array(z.union([z.number(), z.string(), z.null()]))).optional() });
const ZCrossrefPerson = z.looseObject({ given: z.string().optional(), family: z.string().optional(), name: z.string().optional(), suffix: z.string().optional() });
const ZText = z.union([z.string(), z.array(z.string())]).optional();

/** The `message` of Crossref's GET /works/{doi}: only the fields Claimcheck uses, the rest ignored. */
const ZCrossrefWork = z.looseObject({
  DOI: z.string(),
  type: z.string().optional(),
  title: ZText,
  subtitle: ZText,
  "container-title": ZText,
  "short-container-title": ZText,
  author: z.array(ZCrossrefPerson).optional(),
  editor: z.array(ZCrossrefPerson).optional(),
  issued: ZCrossrefDate.optional(),
  "published-print": ZCrossrefDate.optional(),
  "published-online": ZCrossrefDate.optional(),
  posted: ZCrossrefDate.optional(),
  created: ZCrossrefDate.optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  page: z.string().optional(),
  "article-number": z.string().optional(),
  publisher: z.string().optional(),
  ISSN: z.array(z.string()).optional(),
  URL: z.string().optional(),
  language: z.string().optional(),
});
type CrossrefWork = z.infer<typeof ZCrossrefWork>;

/** Crossref work types → CSL types (api.crossref.org/types); anything unlisted is a plain "document". */
const CSL_TYPE_OF_CROSSREF: Record<string, string> = {
  "journal-article": "article-journal",
  "proceedings-article": "paper-conference",
  "book-chapter": "chapter",
  "book-section": "chapter",
  "book-part": "chapter",
  book: "book",
  "edited-book": "book",
  monograph: "book",
  "reference-book": "book",
  "reference-entry": "entry",
  "posted-content": "article",
  report: "report",
  "report-component": "report",
  dataset: "dataset",
  dissertation: "thesis",
  standard: "standard",
  "peer-review": "review",
};

function firstText(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  const cleaned = text === undefined ? "" : decodeHtmlEntities(text).replace(/\s+/g, " ").trim();
  return cleaned === "" ? undefined : cleaned;
}

function cslNames(people: CrossrefWork["author"]): CslName[] | undefined {
  const names: CslName[] = [];
  for (const person of people ?? []) {
    if (person.family) names.push({ family: person.family, ...(person.given ? { given: person.given } : {}), ...(person.suffix ? { suffix: person.suffix } : {}) });
    else if (person.name ?? person.given) names.push({ literal: person.name ?? person.given });
  }
  return names.length > 0 ? names : undefined;
}

/** The first date that has a year: issued, then print, online, posted, and last the record's creation. */
function firstDate(work: CrossrefWork): { "date-parts": number[][] } | undefined {
  for (const date of [work.issued, work["published-print"], work["published-online"], work.posted]) {
    const parts = (date?.["date-parts"]?.[0] ?? []).map((part) => (typeof part === "string" ? Number.parseInt(part, 10) : part));
    const numeric = parts.filter((part): part is number => typeof part === "number" && Number.isInteger(part));
    if (numeric.length > 0 && numeric.length === parts.length) return { "date-parts": [numeric] };
  }
  return undefined;
}

/**
 * CSL-JSON from Crossref's answer for one DOI: the `message` object, or the whole response
 * ({ status, "message-type": "work", message }). Throws CitationDataError when it is not a work.
 */
export function cslFromCrossrefMessage(json: unknown): TCslItem {
  const message = isWholeResponse(json) ? json.message : json;
  const parsed = ZCrossrefWork.safeParse(message);
  if (!parsed.success) throw new CitationDataError("Crossref's answer does not describe a work (no DOI).");
  const work = parsed.data;
  const doi = normalizeDoi(work.DOI);
  if (!doi) throw new CitationDataError(`Crossref's answer has an invalid DOI: ${work.DOI}`);

  const title = firstText(work.title);
  const subtitle = firstText(work.subtitle);
  const record: Record<string, unknown> = {
    type: CSL_TYPE_OF_CROSSREF[work.type ?? ""] ?? "document",
    title: title && subtitle ? `${title}: ${subtitle}` : title,
    author: cslNames(work.author),
    editor: cslNames(work.editor),
    "container-title": firstText(work["container-title"]),
    "container-title-short": firstText(work["short-container-title"]),
    issued: firstDate(work),
    volume: work.volume,
    issue: work.issue,
    page: work.page ?? work["article-number"],
    publisher: work.publisher,
    ISSN: work.ISSN?.[0],
    DOI: work.DOI.trim(),
    URL: `https://doi.org/${work.DOI.trim()}`,
    language: work.language,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return cleanCslRecord(record);
}

function isWholeResponse(json: unknown): json is { message: unknown } {
  return typeof json === "object" && json !== null && "message" in json && (json as Record<string, unknown>)["message-type"] === "work";
}
