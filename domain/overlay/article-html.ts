import { VERDICT_LABELS, type Verdict } from "../ratings/scale";
import type { SegmentedBlock } from "./segment-blocks";

export interface ArticleHtmlClaim {
  verdict: Verdict | null;
  /** What the claim's highlight is called for screen readers (the restatement). */
  label: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function verdictLabel(verdict: Verdict | null): string {
  return verdict ? VERDICT_LABELS[verdict] : "Not yet rated";
}

/** A highlight's accessible name: "Supported claim: …", or for a piece inside several claims, each claim with its verdict (the reader page, the workspace and the revision views). */
export function pieceLabel(claimIds: readonly string[], claims: ReadonlyMap<string, ArticleHtmlClaim>, pieceText: string): string {
  const describe = (id: string) => {
    const claim = claims.get(id);
    return `${verdictLabel(claim?.verdict ?? null)} claim: ${claim?.label ?? pieceText}`;
  };
  if (claimIds.length === 1) return describe(claimIds[0]!);
  return `${claimIds.length} overlapping claims. ${claimIds.map(describe).join(". ")}`;
}

/**
 * The overlay's accessible name for a highlight: its visible text first, then what it is
 * (WCAG 2.5.3 label in name: speech users say what they see).
 */
export function overlayPieceLabel(claimIds: readonly string[], claims: ReadonlyMap<string, ArticleHtmlClaim>, pieceText: string): string {
  return `${pieceText.trim()}. ${pieceLabel(claimIds, claims, pieceText)}`;
}

/** The element each kind of article block is written as. */
export const BLOCK_TAGS: Record<string, { tag: string; className?: string }> = {
  heading: { tag: "h2" },
  comments_heading: { tag: "h2", className: "comments-heading" },
  quote: { tag: "blockquote" },
  list_item: { tag: "p", className: "list-item" },
  comment: { tag: "p", className: "comment" },
};

/**
 * The annotated article as one HTML string: the same markup ArticleText renders (each piece a
 * <span> or a <mark> with data-start, data-claim-id, data-claim-ids, data-verdict; the first
 * piece of each claim focusable, with id `claim-<id>` and role button), built once on the
 * server. The reader page inserts it without hydrating it, so 100,000 words cost the browser
 * one innerHTML instead of thousands of React elements. Every text and attribute value is
 * escaped; tag and attribute names are fixed here. (The published reader page writes leaner
 * marks: reader-article-html.ts.)
 */
export function renderArticleHtml(
  text: string,
  blocks: readonly SegmentedBlock[],
  claims: ReadonlyMap<string, ArticleHtmlClaim>,
): string {
  const firstPieceSeen = new Set<string>();
  const out: string[] = [];
  for (const { block, segments } of blocks) {
    const { tag, className } = BLOCK_TAGS[block.kind] ?? { tag: "p" };
    out.push(`<${tag}${className ? ` class="${className}"` : ""} data-block-start="${block.start}">`);
    for (const segment of segments) {
      const pieceText = text.slice(segment.start, segment.end);
      const innermost = segment.claimIds[0];
      if (!innermost) {
        out.push(`<span data-start="${segment.start}">${escapeHtml(pieceText)}</span>`);
        continue;
      }
      const verdict = claims.get(innermost)?.verdict ?? null;
      const isFirstPiece = !firstPieceSeen.has(innermost);
      firstPieceSeen.add(innermost);
      const others = segment.claimIds.slice(1);
      const attributes = [
        isFirstPiece ? `id="claim-${escapeHtml(innermost)}"` : "",
        `class="${others.length > 0 ? "claim overlap" : "claim"}"`,
        `data-start="${segment.start}"`,
        `data-claim-id="${escapeHtml(innermost)}"`,
        `data-claim-ids="${escapeHtml(segment.claimIds.join(" "))}"`,
        `data-verdict="${escapeHtml(verdict ?? "unrated")}"`,
        others.length > 0 ? `data-outer-verdict="${escapeHtml(claims.get(others[0]!)?.verdict ?? "unrated")}"` : "",
        `tabindex="${isFirstPiece ? 0 : -1}"`,
        isFirstPiece ? `role="button" aria-label="${escapeHtml(pieceLabel(segment.claimIds, claims, pieceText))}"` : "",
      ].filter(Boolean);
      out.push(`<mark ${attributes.join(" ")}>${escapeHtml(pieceText)}</mark>`);
    }
    out.push(`</${tag}>`);
  }
  return out.join("");
}
