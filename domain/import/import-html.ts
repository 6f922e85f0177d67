import type { AnyNode } from "domhandler";
import { buildCanonicalDocument, normalizeBlockText, type BlockInput, type CanonicalDocument } from "../text/canonical-text";
import { findArticleRegions, findCommentRegions } from "./html-article-root";
import { readHtmlMetadata } from "./html-metadata";
import { parseHtml } from "./html-nodes";
import { extractReadableContent, type ReadableContent } from "./html-readable-content";
import { htmlToBlocks } from "./html-to-blocks";

export interface ImportedHtmlArticle {
  title: string | null;
  /** The author or authors ("A and B" joined as "A, B"), or null. */
  author: string | null;
  /** ISO 8601, or null. */
  publishedAt: string | null;
  /** The page's canonical link, or null. */
  sourceUrl: string | null;
  /** The publication or site the page belongs to, or null. */
  siteName: string | null;
  document: CanonicalDocument;
}

/**
 * HTML to canonical text and blocks. The article part of a full page is found by Readability.js
 * plus the product's own rules (html-readable-content.ts); it is then reduced, with a real
 * parser, to headings, paragraphs, quotes and list items as plain text, page furniture dropped
 * and nothing kept as markup. Reader comments come in as the comments section. The heading that
 * repeats the title is dropped, as the title is stored apart from the text.
 */
export function importHtml(raw: string): ImportedHtmlArticle {
  const page = parseHtml(raw);
  const { content, comments } = findArticleRegions(page);
  const readable = extractReadableContent(raw);
  const metadata = readHtmlMetadata(page, content, { byline: readable?.byline ?? null, siteName: readable?.siteName ?? null });

  const articleBlocks = chooseArticleBlocks(readable, content);
  // Readability's part never holds the comments (taken out before it ran); the whole-page part may.
  const commentBlocks = htmlToBlocks(articleBlocks.fromReadable ? findCommentRegions(page) : comments, { comments: true });
  const blocks = [...articleBlocks.blocks, ...commentBlocks];
  const titleHeading = blocks.findIndex((block) => block.kind === "heading" && normalizeBlockText(block.text) === metadata.title);
  if (titleHeading >= 0 && blocks.slice(0, titleHeading).every((block) => block.kind === "heading")) blocks.splice(titleHeading, 1);

  return { ...metadata, document: buildCanonicalDocument(blocks) };
}

/** Below this much text Readability's scores have too little to go on (its own charThreshold). */
const READABLE_MIN_LENGTH = 500;

/**
 * Readability's article part; for a short page, the product's own reading of the page (longest
 * <article>, else <main>, else <body>, furniture dropped) unless that finds nothing.
 */
function chooseArticleBlocks(readable: ReadableContent | null, content: AnyNode): { blocks: BlockInput[]; fromReadable: boolean } {
  if (readable && readable.textLength >= READABLE_MIN_LENGTH) return { blocks: htmlToBlocks(parseHtml(readable.html).children, { boxesRemoved: true }), fromReadable: true };
  const own = htmlToBlocks([content]);
  if (own.length > 0 || !readable) return { blocks: own, fromReadable: false };
  return { blocks: htmlToBlocks(parseHtml(readable.html).children, { boxesRemoved: true }), fromReadable: true };
}
