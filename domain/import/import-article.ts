import type { CanonicalDocument } from "../text/canonical-text";
import type { ImportFormat } from "./detect-import-format";
import { importHtml } from "./import-html";
import { importMarkdown } from "./import-markdown";
import { importPlainText } from "./import-plain-text";

/** What every importer yields; only HTML pages carry author, date and URL metadata. */
export interface ImportedArticleWithMetadata {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  document: CanonicalDocument;
}

export function importArticle(raw: string, format: ImportFormat): ImportedArticleWithMetadata {
  switch (format) {
    case "html":
      return importHtml(raw);
    case "markdown":
      return { author: null, publishedAt: null, sourceUrl: null, ...importMarkdown(raw) };
    case "text":
      return { author: null, publishedAt: null, sourceUrl: null, ...importPlainText(raw) };
  }
}
