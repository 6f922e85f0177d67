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
}

/**
 * Title, author, date and canonical URL from the page's metadata, most specific first:
 * Open Graph and article meta tags, then JSON-LD, then <title>, <time datetime> and the first <h1>.
 */
export function readHtmlMetadata(document: Document, content: AnyNode = document): HtmlMetadata {
  const meta = metaContents(document);
  const jsonLd = readJsonLdArticle(document);
  const firstH1 = findElements(content, (e) => e.name === "h1").map(cleanText).find(Boolean) ?? null;
  const pageTitle = findElements(document, (e) => e.name === "title").map(cleanText).find(Boolean) ?? null;

  const title =
    meta.get("og:title") ?? meta.get("twitter:title") ?? jsonLd.headline ?? headlineFromPageTitle(pageTitle, firstH1) ?? firstH1;
  const author = meta.get("author") ?? jsonLd.author ?? nonUrl(meta.get("article:author")) ?? relAuthor(document);
  const dateCandidates = [
    meta.get("article:published_time"),
    jsonLd.datePublished,
    meta.get("date"),
    meta.get("dc.date"),
    meta.get("dcterms.created"),
    meta.get("pubdate"),
    ...findElements(content, (e) => e.name === "time").map((e) => attribute(e, "datetime")),
  ];
  const publishedAt = dateCandidates.map(toIsoDate).find((date) => date !== null) ?? null;
  const canonical = findElements(document, (e) => e.name === "link" && /(?:^|\s)canonical(?:\s|$)/i.test(attribute(e, "rel") ?? ""))[0];
  const sourceUrl = httpUrl(canonical && attribute(canonical, "href")) ?? httpUrl(meta.get("og:url"));
  return { title, author, publishedAt, sourceUrl };
}

function cleanText(element: AnyNode): string {
  return normalizeBlockText(textContent(element)).replace(/\n/g, " ");
}

/** <meta name|property|itemprop=... content=...>, keys lower-cased, first value wins. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of findElements(document, (e) => e.name === "meta")) {
    const key = (attribute(element, "property") ?? attribute(element, "name") ?? attribute(element, "itemprop"))?.toLowerCase();
    const content = attribute(element, "content");
    const value = content === undefined ? "" : normalizeBlockText(content).replace(/\n/g, " ");
    if (key && value && !contents.has(key)) contents.set(key, value);
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

function nonUrl(value: string | undefined): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
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
}

/** The first JSON-LD object that looks like an article; malformed JSON-LD is ignored. */
export function readJsonLdArticle(document: Document): JsonLdArticle {
  const scripts = findElements(document, (e: Element) => e.name === "script" && (attribute(e, "type") ?? "").toLowerCase() === "application/ld+json");
  for (const script of scripts) {
    for (const item of flattenJsonLd(parseJson(textContent(script)))) {
      const type = [item["@type"]].flat().map(String).join(" ");
      if (typeof item.headline !== "string" && !/Article|BlogPosting|Report/.test(type)) continue;
      return {
        headline: typeof item.headline === "string" ? item.headline.trim() || null : null,
        author: authorName(item.author),
        datePublished: typeof item.datePublished === "string" ? item.datePublished : null,
      };
    }
  }
  return { headline: null, author: null, datePublished: null };
}

type JsonObject = Record<string, unknown>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
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
