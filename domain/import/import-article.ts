import type { CanonicalDocument } from "../text/canonical-text";
import type { ImportFormat } from "./detect-import-format";
import { importHtml } from "./import-html";
import { importMarkdown } from "./import-markdown";
import { importPlainText } from "./import-plain-text";

/**
 * What every importer yields: HTML pages carry author, date, URL and site metadata, Markdown
 * front matter author, date, URL and tags; plain text only a title.
 */
export interface ImportedArticleWithMetadata {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  siteName: string | null;
  tags: string[];
  document: CanonicalDocument;
}

export function importArticle(raw: string, format: ImportFormat): ImportedArticleWithMetadata {
  switch (format) {
    case "html":
      return { ...importHtml(raw), tags: [] };
    case "markdown":
      return { ...importMarkdown(raw), siteName: null };
    case "text":
      return { author: null, publishedAt: null, sourceUrl: null, siteName: null, tags: [], ...importPlainText(raw) };
  }
}
