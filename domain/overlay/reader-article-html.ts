import type { Verdict } from "../ratings/scale";
import { BLOCK_TAGS, escapeHtml } from "./article-html";
import type { SegmentedBlock } from "./segment-blocks";

/** The id of a claim's first highlight piece: the target of `#claim-<id>` deep links (ClaimReview urls). */
export const claimAnchorId = (claimId: string) => `claim-${claimId}`;

/**
 * The published reader page's article: plain text between highlights, and per highlight piece
 * one `<mark class="claim">` carrying only what the stylesheet and the overlay client need
 * (a 2,000-claim review has as many marks: every attribute counts):
 * - the first piece of a claim: `id="claim-<id>"` (deep links work without JavaScript), its
 *   `data-verdict`; `data-claim-ids` only when more claims cover it than its own;
 * - every other piece: `data-claim-ids` (innermost first) and `data-verdict`;
 * - a piece inside several claims: class `overlap` and the next claim's `data-outer-verdict`.
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
      const pieceText = escapeHtml(text.slice(segment.start, segment.end));
      const [innermost, ...others] = segment.claimIds;
      if (!innermost) {
        out.push(pieceText);
        continue;
      }
      const isFirstPiece = !firstPieceSeen.has(innermost);
      firstPieceSeen.add(innermost);
      const attributes = [
        isFirstPiece ? ` id="${escapeHtml(claimAnchorId(innermost))}"` : "",
        others.length > 0 ? ` class="claim overlap"` : ` class="claim"`,
        !isFirstPiece || others.length > 0 ? ` data-claim-ids="${escapeHtml(segment.claimIds.join(" "))}"` : "",
        ` data-verdict="${escapeHtml(verdictOf(innermost))}"`,
        others.length > 0 ? ` data-outer-verdict="${escapeHtml(verdictOf(others[0]!))}"` : "",
      ];
      out.push(`<mark${attributes.join("")}>${pieceText}</mark>`);
    }
    out.push(`</${tag}>`);
  }
  return out.join("");
}
