import type { AnyNode, Document, Element } from "domhandler";
import { textContent } from "domutils";
import { normalizeBlockText } from "../text/canonical-text";
import { attribute, findElements } from "./html-nodes";

export interface HtmlMetadata {
  title: string | null;
  author: string | null;
  /** ISO 8601, or null when the page gives no readable date. */
  publishedAt: string | null;
  /** The page's canonical http(s) URL, or null. */
  sourceUrl: string | null;
  siteName: string | null;
}

/** What an extractor read from the page's text: the byline under the headline, the site's name. */
export interface MetadataHints {
  byline: string | null;
  siteName: string | null;
}

/** Meta names that carry one author each (a page may repeat them, one per author). */
const AUTHOR_META = ["citation_author", "dc.creator", "dcterms.creator", "author", "parsely-author", "sailthru.author", "article:author", "twitter:creator"];

/**
 * Title, author, date and canonical URL from the page's metadata, most specific first:
 * Open Graph and article meta tags, then JSON-LD, then <title>, <time datetime> and the first <h1>.
 */
export function readHtmlMetadata(document: Document, content: AnyNode = document, hints: MetadataHints = { byline: null, siteName: null }): HtmlMetadata {
  const allMeta = metaValues(document);
  const meta = new Map([...allMeta].map(([key, values]) => [key, values[0]!]));
  const jsonLd = readJsonLdArticle(document);
  const firstH1 = findElements(content, (e) => e.name === "h1").map(cleanText).find(Boolean) ?? null;
  const pageTitle = findElements(document, (e) => e.name === "title").map(cleanText).find(Boolean) ?? null;

  const title =
    meta.get("og:title") ?? meta.get("twitter:title") ?? jsonLd.headline ?? headlineFromPageTitle(pageTitle, firstH1) ?? firstH1;
  const author = authorsFromMeta(allMeta) ?? jsonLd.author ?? bylineAuthor(hints.byline) ?? relAuthor(document);
  const dateCandidates = [
    meta.get("article:published_time"),
    jsonLd.datePublished,
    meta.get("date"),
    meta.get("dc.date"),
    meta.get("dcterms.created"),
    meta.get("dcterms.issued"),
    meta.get("citation_publication_date"),
    meta.get("citation_online_date"),
    meta.get("pubdate"),
    ...findElements(content, (e) => e.name === "time").map((e) => attribute(e, "datetime")),
    jsonLd.pageDatePublished,
    bylineDate(hints.byline),
  ];
  const publishedAt = dateCandidates.map(toIsoDate).find((date) => date !== null) ?? null;
  const canonical = findElements(document, (e) => e.name === "link" && /(?:^|\s)canonical(?:\s|$)/i.test(attribute(e, "rel") ?? ""))[0];
  const sourceUrl = httpUrl(canonical && attribute(canonical, "href")) ?? httpUrl(meta.get("og:url"));
  const siteName = meta.get("og:site_name") ?? jsonLd.publisher ?? meta.get("application-name") ?? hints.siteName ?? null;
  return { title, author, publishedAt, sourceUrl, siteName };
}

/** The first author meta name the page uses, all its values: handles and URLs are not names. */
function authorsFromMeta(meta: Map<string, string[]>): string | null {
  for (const key of AUTHOR_META) {
    const names = (meta.get(key) ?? []).filter((value) => !/^(?:https?:\/\/|@)/i.test(value));
    if (names.length > 0) return [...new Set(names)].join(", ");
  }
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month as bylines print it: "Apr", "Apr.", "April", "Sept". */
const MONTH = `(?:${MONTHS.join("|")})[a-z]*\\.?`;
/** A date as bylines print it: 2019-04-10, 10/04/2019, April 10, 2019, 10 April 2019. */
const BYLINE_DATE = new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\b`, "i");

/** Extractors glue a byline's parts when the page set them in separate elements: "Carrie ArnoldNovember 15, 2019". */
function ungluedByline(byline: string): string {
  return byline.replace(/(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)/gu, "$1 $2");
}

/** "By Jane Doe and John Roe | Reuters" → "Jane Doe, John Roe"; a byline of a sentence is no name. */
function bylineAuthor(byline: string | null): string | null {
  if (!byline) return null;
  const names = ungluedByline(byline)
    .replace(/^\s*(?:by|written by|von|par|por)\s+/i, "")
    // The names end where a separator, "updated"/"published"/"on", or a date begins ("Jane Doe - 2019-04-10").
    .split(/\s*[|•·]\s*|\s+[-–—]\s+|\s+(?:updated|published|posted|on)\b/i)[0]!
    .split(BYLINE_DATE)[0]!
    .replace(/[\s,]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,]*$/, "")
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && name.length <= 60);
  return names.length > 0 && names.length <= 8 ? names.join(", ") : null;
}

/** The date a byline prints ("By Jane Doe - 2019-04-10"), as yyyy-mm-dd, for pages whose metadata has none. */
function bylineDate(byline: string | null): string | null {
  const printed = byline && ungluedByline(byline).match(BYLINE_DATE)?.[0];
  if (!printed) return null;
  const iso = (year: string, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const numeric = printed.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/);
  // Day first, as most of the world prints it, unless that cannot be a date (10/25/2019).
  if (numeric) return Number(numeric[2]) > 12 ? iso(numeric[3]!, Number(numeric[1]), Number(numeric[2])) : iso(numeric[3]!, Number(numeric[2]), Number(numeric[1]));
  const month = MONTHS.findIndex((name) => printed.toLowerCase().includes(name)) + 1;
  const day = printed.match(/\b(\d{1,2})\b/)?.[1];
  const year = printed.match(/\d{4}/)?.[0];
  if (month > 0 && day && year) return iso(year, month, Number(day));
  return printed; // yyyy-mm-dd
}

function cleanText(element: AnyNode): string {
  return normalizeBlockText(textContent(element)).replace(/\n/g, " ");
}

/** <meta name|property|itemprop=... content=...>, keys lower-cased, every value in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const contents = new Map<string, string[]>();
  for (const element of findElements(document, (e) => e.name === "meta")) {
    const key = (attribute(element, "property") ?? attribute(element, "name") ?? attribute(element, "itemprop"))?.toLowerCase();
    const content = attribute(element, "content");
    const value = content === undefined ? "" : normalizeBlockText(content).replace(/\n/g, " ");
    if (key && value) contents.set(key, [...(contents.get(key) ?? []), value]);
  }
  return contents;
}

/** "Headline | Site name": the h1 when the <title> contains it, else the title as given. */
function headlineFromPageTitle(pageTitle: string | null, firstH1: string | null): string | null {
  if (pageTitle && firstH1 && pageTitle.includes(firstH1)) return firstH1;
  return pageTitle;
}

function relAuthor(document: Document): string | null {
  const link = findElements(document, (e) => /(?:^|\s)author(?:\s|$)/i.test(attribute(e, "rel") ?? "") && e.name === "a")[0];
  return link ? cleanText(link) || null : null;
}

function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function toIsoDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  /** The WebPage's own date, for pages whose article object is missing or broken. */
  pageDatePublished: string | null;
}

/** The first JSON-LD object that looks like an article; malformed JSON-LD is ignored. */
export function readJsonLdArticle(document: Document): JsonLdArticle {
  const scripts = findElements(document, (e: Element) => e.name === "script" && (attribute(e, "type") ?? "").toLowerCase() === "application/ld+json");
  const items = scripts.flatMap((script) => flattenJsonLd(parseJsonLd(textContent(script))));
  const typeOf = (item: JsonObject) => [item["@type"]].flat().map(String).join(" ");
  const page = items.find((item) => /WebPage/.test(typeOf(item)) && typeof item.datePublished === "string");
  const pageDatePublished = page ? (page.datePublished as string) : null;
  const article = items.find((item) => typeof item.headline === "string" || /Article|BlogPosting|Report/.test(typeOf(item)));
  if (!article) return { headline: null, author: null, datePublished: null, publisher: null, pageDatePublished };
  return {
    headline: typeof article.headline === "string" ? article.headline.trim() || null : null,
    author: authorName(article.author),
    datePublished: typeof article.datePublished === "string" ? article.datePublished : null,
    publisher: authorName(article.publisher),
    pageDatePublished,
  };
}

type JsonObject = Record<string, unknown>;

/** JSON-LD as sites write it: also with the trailing commas and raw line breaks in strings that JSON refuses. */
function parseJsonLd(text: string): unknown {
  for (const attempt of [text, text.replace(/,(\s*[}\]])/g, "$1").replace(/\s+/g, " ")]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the repaired text, then give up
    }
  }
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flattenJsonLd(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (!isObject(value)) return [];
  return [value, ...flattenJsonLd(value["@graph"])];
}

function authorName(value: unknown): string | null {
  const names = [value].flat().map((author) => (typeof author === "string" ? author : isObject(author) && typeof author.name === "string" ? author.name : null));
  const present = names.filter((name): name is string => Boolean(name?.trim())).map((name) => name.trim());
  return present.length > 0 ? present.join(", ") : null;
}
