import type { TSourceRecord } from "../schemas/review";
import { trimTrailingSlashes } from "./export-options";

/**
 * Every URL an export prints or links comes from here: user-entered URLs pass only when they
 * are http(s), so a `javascript:` or `data:` source URL is never made clickable.
 */

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href;
}

export function articleUrl(baseUrl: string, slug: string): string {
  return `${trimTrailingSlashes(baseUrl)}/articles/${encodeURIComponent(slug)}`;
}

/** The reader page's deep link to one claim. */
export function claimUrl(baseUrl: string, slug: string, claimId: string): string {
  return `${articleUrl(baseUrl, slug)}#claim-${encodeURIComponent(claimId)}`;
}

/** The URL the article was published at when it is a web URL, else its Claimcheck reader page. */
export function articleTargetUrl(baseUrl: string, article: { slug: string; sourceUrl: string | null }): string {
  return safeHttpUrl(article.sourceUrl) ?? articleUrl(baseUrl, article.slug);
}

export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "")
    .trim();
}

export function doiUrl(doi: string | null | undefined): string | null {
  if (!doi) return null;
  const bare = normalizeDoi(doi);
  if (!/^10\.\d{4,9}\/\S+$/.test(bare)) return null;
  return `https://doi.org/${bare.split("/").map(encodeURIComponent).join("/")}`;
}

export function pubmedUrl(pmid: string | null | undefined): string | null {
  if (!pmid) return null;
  const digits = pmid.trim();
  return /^\d{1,9}$/.test(digits) ? `https://pubmed.ncbi.nlm.nih.gov/${digits}/` : null;
}

export interface SourceLink {
  kind: "doi" | "pubmed" | "url";
  label: string;
  href: string;
}

/** DOI, then PubMed, then the plain URL: the links an evidence item shows, unsafe ones dropped. */
export function sourceLinks(source: TSourceRecord): SourceLink[] {
  const links: SourceLink[] = [];
  const doi = doiUrl(source.doi);
  if (doi && source.doi) links.push({ kind: "doi", label: `doi:${normalizeDoi(source.doi)}`, href: doi });
  const pubmed = pubmedUrl(source.pmid);
  if (pubmed && source.pmid) links.push({ kind: "pubmed", label: `PMID ${source.pmid.trim()}`, href: pubmed });
  const url = safeHttpUrl(source.url);
  if (url && !links.some((link) => link.href === url)) links.push({ kind: "url", label: url, href: url });
  return links;
}

export function primarySourceUrl(source: TSourceRecord): string | null {
  return sourceLinks(source)[0]?.href ?? null;
}
