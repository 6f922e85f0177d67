import type { Verdict } from "../ratings/scale";
import { BLOCK_TAGS, escapeHtml } from "./article-html";
import type { SegmentedBlock } from "./segment-blocks";

/** The id of a claim's first highlight piece: the target of `#claim-<id>` deep links (ClaimReview urls). */
export const claimAnchorId = (claimId: string) => `claim-${claimId}`;

/**
 * The published reader page's article: plain text between highlights, and per highlight piece
 * one `<mark>` carrying only what the stylesheet and the overlay client need (a 2,000-claim
 * review has as many marks: every byte counts):
 * - the first piece of a claim: `id=claim-<id>` (deep links work without JavaScript) and its
 *   `data-verdict` (the stylesheet colours `mark[data-verdict]`; no class);
 * - every other piece: `data-claim-ids` (innermost first) and `data-verdict`;
 * - a piece inside several claims: the next claim's `data-outer-verdict` (the stripe along its top).
 * Written as compactly as HTML allows, for the same DOM: attribute values without quotes when
 * they are plain tokens (ids, verdicts; a list of ids or anything else is quoted and escaped),
 * text escaped only where it must be, paragraphs without their optional `</p>`.
 * What makes a highlight a control (role, tabindex, its accessible name, data-claimcheck-claim)
 * the overlay client adds when it starts (overlay-client/reader-highlights.ts): without
 * JavaScript a highlight is coloured text, not a button that does nothing.
 */
export function renderReaderArticleHtml(text: string, blocks: readonly SegmentedBlock[], verdicts: ReadonlyMap<string, Verdict | null>): string {
  const firstPieceSeen = new Set<string>();
  const out: string[] = [];
  const verdictOf = (id: string) => verdicts.get(id) ?? "unrated";
  for (const { block, segments } of blocks) {
    const { tag, className } = BLOCK_TAGS[block.kind] ?? { tag: "p" };
    out.push(className ? `<${tag} class="${className}">` : `<${tag}>`);
    for (const segment of segments) {
      const pieceText = escapeText(text.slice(segment.start, segment.end));
      const [innermost, ...others] = segment.claimIds;
      if (!innermost) {
        out.push(pieceText);
        continue;
      }
      const isFirstPiece = !firstPieceSeen.has(innermost);
      firstPieceSeen.add(innermost);
      const attributes = [
        isFirstPiece ? attribute("id", claimAnchorId(innermost)) : "",
        !isFirstPiece || others.length > 0 ? attribute("data-claim-ids", segment.claimIds.join(" ")) : "",
        attribute("data-verdict", verdictOf(innermost)),
        others.length > 0 ? attribute("data-outer-verdict", verdictOf(others[0]!)) : "",
      ];
      out.push(`<mark${attributes.join("")}>${pieceText}</mark>`);
    }
    // A paragraph's end tag is implied by the next block (p, h2, blockquote) or the article's end (HTML's optional end tags).
    if (tag !== "p") out.push(`</${tag}>`);
  }
  return out.join("");
}

/** Text node content: only `&` and `<` (and `>`, for readers of the source) need escaping there; quotes and apostrophes stay as typed. */
function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (character) => (character === "&" ? "&amp;" : character === "<" ? "&lt;" : "&gt;"));
}

/** ` name=value`, unquoted when the value is a plain token (HTML's unquoted attribute value syntax allows much more; this is the safe subset), else quoted and escaped. */
function attribute(name: string, value: string): string {
  return /^[A-Za-z0-9_.:-]+$/.test(value) ? ` ${name}=${value}` : ` ${name}="${escapeHtml(value)}"`;
}
