import { buildCanonicalDocument, normalizeBlockText, type CanonicalDocument } from "../text/canonical-text";
import { findArticleRegions } from "./html-article-root";
import { readHtmlMetadata } from "./html-metadata";
import { parseHtml } from "./html-nodes";
import { htmlToBlocks } from "./html-to-blocks";

export interface ImportedHtmlArticle {
  title: string | null;
  author: string | null;
  /** ISO 8601, or null. */
  publishedAt: string | null;
  /** The page's canonical link, or null. */
  sourceUrl: string | null;
  document: CanonicalDocument;
}

/**
 * HTML to canonical text and blocks, with a real parser: the article's headings, paragraphs,
 * quotes and list items as plain text; scripts, styles, navigation, forms and other page
 * furniture dropped; nothing kept as markup. The heading that repeats the title is dropped,
 * as the title is stored apart from the text.
 */
export function importHtml(raw: string): ImportedHtmlArticle {
  const page = parseHtml(raw);
  const { content, comments } = findArticleRegions(page);
  const metadata = readHtmlMetadata(page, content);

  const blocks = [...htmlToBlocks([content]), ...htmlToBlocks(comments, { comments: true })];
  const titleHeading = blocks.findIndex((block) => block.kind === "heading" && normalizeBlockText(block.text) === metadata.title);
  if (titleHeading >= 0 && blocks.slice(0, titleHeading).every((block) => block.kind === "heading")) blocks.splice(titleHeading, 1);

  return { ...metadata, document: buildCanonicalDocument(blocks) };
}
