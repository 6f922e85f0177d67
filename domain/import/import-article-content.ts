import { importPlainText } from "./import-plain-text";
import type { CanonicalDocument } from "../text/canonical-text";

export interface ImportedArticleContent {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  document: CanonicalDocument;
}

export type ImportFormat = "text" | "markdown" | "html";

/** Turns pasted or uploaded content into the canonical text and blocks, whatever its format. */
export function importArticleContent(raw: string, format: ImportFormat): ImportedArticleContent {
  switch (format) {
    case "text":
    case "markdown":
    case "html": {
      const { title, document } = importPlainText(raw);
      return { title, author: null, publishedAt: null, sourceUrl: null, document };
    }
  }
}
