import "server-only";
import type { ImportFormat } from "@/domain/import/detect-import-format";
import { importArticle, type ImportedArticleWithMetadata } from "@/domain/import/import-article";
import { nonArticleMessage, sniffNonArticle } from "@/domain/import/sniff-content";
import { AppError } from "../errors";

/** Imports an article's text, refusing files that are not text (images, PDFs, programs...) whatever their name. */
export function importArticleText(content: string, format: ImportFormat): ImportedArticleWithMetadata {
  const kind = sniffNonArticle(content);
  if (kind) {
    const message = nonArticleMessage(kind);
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { content: [message] } });
  }
  return importArticle(content, format);
}
