import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { toIsoDate } from "./html-metadata";

export interface FrontMatterMetadata {
  title: string | null;
  author: string | null;
  /** ISO 8601, or null. */
  publishedAt: string | null;
  sourceUrl: string | null;
  tags: string[];
}

export const EMPTY_FRONT_MATTER: FrontMatterMetadata = { title: null, author: null, publishedAt: null, sourceUrl: null, tags: [] };

/**
 * Title, author, date, tags and original URL from a Jekyll/Hugo/Eleventy front matter block
 * (YAML or TOML, as parsed out by mdast-util-frontmatter). Unreadable front matter gives no
 * metadata, and is never an error: it is still kept out of the article's text.
 */
export function readFrontMatter(value: string, kind: "yaml" | "toml"): FrontMatterMetadata {
  const data = parseQuietly(value, kind);
  if (!isRecord(data)) return EMPTY_FRONT_MATTER;
  const field = (...names: string[]) => names.map((name) => data[name]).find((v) => v !== undefined && v !== null && v !== "");
  return {
    title: oneLine(field("title", "headline")),
    author: names(field("author", "authors", "creator", "byline")),
    publishedAt: dateOf(field("date", "publishDate", "published", "pubDate", "published_at", "created")),
    sourceUrl: httpUrl(field("canonical_url", "canonicalUrl", "canonicalURL", "canonical", "original_url", "source_url", "source")),
    tags: [...new Set([field("tags"), field("categories"), field("keywords")].flatMap(tagList))],
  };
}

function parseQuietly(value: string, kind: "yaml" | "toml"): unknown {
  try {
    // YAML: the core schema, no custom tags, aliases bounded (no "billion laughs").
    return kind === "yaml" ? parseYaml(value, { schema: "core", maxAliasCount: 50, prettyErrors: false }) : parseToml(value);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function oneLine(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text.length > 0 ? text.slice(0, 500) : null;
}

/** "Ann Lee", ["Ann Lee", "Bo Chen"], { name: "Ann Lee" } or [{ name: ... }] → "Ann Lee, Bo Chen". */
function names(value: unknown): string | null {
  const list = [value].flat().map((item) => (isRecord(item) ? oneLine(item.name ?? item.display_name) : oneLine(item)));
  const present = list.filter((name): name is string => name !== null);
  return present.length > 0 ? present.join(", ") : null;
}

function dateOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // smol-toml gives its own date-time object; YAML's core schema gives strings.
  if (typeof value === "object" && value !== null && "toISOString" in value && typeof value.toISOString === "function") {
    return toIsoDate(String(value.toISOString()));
  }
  return typeof value === "string" ? toIsoDate(value) : null;
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Tags as a YAML/TOML list, or Jekyll's space- or comma-separated string. */
function tagList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\s*,\s*|\s+/) : [];
  return items.map(oneLine).filter((tag): tag is string => tag !== null && tag.length <= 100);
}
