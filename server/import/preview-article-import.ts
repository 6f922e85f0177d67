import "server-only";
import type { TImportPreview, TImportPreviewInput } from "@/domain/import/import-preview";
import { authorize, can, type Actor } from "../authz";
import { importArticleText } from "./import-article-text";

const OPENING_LENGTH = 240;

/** Imports without saving: the metadata and the shape of the text, for the reviewer to confirm. */
export function previewArticleImport(actor: Actor | null, input: TImportPreviewInput): TImportPreview {
  authorize(can.createArticle(actor), actor, "import articles");
  const imported = importArticleText(input.content, input.format);
  const { text, blocks } = imported.document;
  const comments = blocks.filter((block) => block.section === "comments").length;
  const firstBlock = blocks[0];
  const opening = firstBlock ? text.slice(firstBlock.start, Math.min(firstBlock.end, firstBlock.start + OPENING_LENGTH)) : "";
  return {
    title: imported.title,
    author: imported.author,
    publishedOn: imported.publishedAt?.slice(0, 10) ?? null,
    sourceUrl: imported.sourceUrl,
    siteName: imported.siteName,
    tags: imported.tags,
    paragraphs: blocks.length - comments,
    comments,
    characters: text.length,
    opening,
  };
}
