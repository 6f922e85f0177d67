import { buildCanonicalDocument, normalizeBlockText, type BlockInput, type CanonicalDocument } from "../text/canonical-text";
import { isCommentsHeading, isPageDebris } from "./page-debris";

export interface ImportedArticle {
  title: string | null;
  document: CanonicalDocument;
}

const MAX_TITLE_LENGTH = 200;

/**
 * Plain text: paragraphs are separated by blank lines; a short first line without closing
 * punctuation is the title; page debris is dropped; after a comments heading, every
 * paragraph is a reader comment, with its list numbering and reply bullets removed.
 */
export function importPlainText(raw: string): ImportedArticle {
  const paragraphs = raw
    .replace(/\r\n?/g, "\n")
    .split(/\n[\t \u00a0]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

  let title: string | null = null;
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1 && looksLikeTitle(first)) {
    title = normalizeBlockText(first);
    paragraphs.shift();
  }

  const blocks: BlockInput[] = [];
  let inComments = false;
  for (const paragraph of paragraphs) {
    if (isPageDebris(paragraph)) continue;
    if (!inComments && isCommentsHeading(paragraph)) {
      inComments = true;
      blocks.push({ kind: "comments_heading", text: paragraph, section: "comments" });
      continue;
    }
    if (inComments) {
      blocks.push({ kind: "comment", text: stripCommentMarkers(paragraph), section: "comments" });
    } else {
      blocks.push({ kind: "paragraph", text: paragraph, section: "article" });
    }
  }
  return { title, document: buildCanonicalDocument(blocks) };
}

function looksLikeTitle(line: string): boolean {
  return !line.includes("\n") && line.length <= MAX_TITLE_LENGTH && !/[.!?:;,]$/.test(line);
}

function stripCommentMarkers(paragraph: string): string {
  return paragraph.replace(/^\s*(\d+\.|[•\-*])\s+/, "");
}
