import { overlayPieceLabel, type ArticleHtmlClaim } from "../domain/overlay/article-html";
import type { OverlayClaim } from "../domain/overlay/overlay-review";
import { claimAnchorId } from "../domain/overlay/reader-article-html";

/**
 * Our reader page's highlights arrive lean (domain/overlay/reader-article-html.ts): each
 * claim's first piece has the id `claim-<id>`, other pieces list their claims in
 * `data-claim-ids`. This makes them controls, as the embed makes its own on other pages:
 * every piece gets `data-claim-ids`, `data-claim-id` and `data-claimcheck-claim` (its
 * innermost claim); a claim's first piece becomes a focusable button whose accessible name
 * starts with its visible text and says each claim's verdict and restatement.
 */
export function completeHighlights(article: HTMLElement, claims: ReadonlyMap<string, OverlayClaim>): void {
  const labels: ReadonlyMap<string, ArticleHtmlClaim> = {
    get: (id: string) => {
      const claim = claims.get(id);
      return claim ? { verdict: claim.verdict, label: claim.restatement } : undefined;
    },
  } as ReadonlyMap<string, ArticleHtmlClaim>;
  for (const mark of article.querySelectorAll<HTMLElement>("mark[data-verdict]")) {
    const listed = mark.getAttribute("data-claim-ids");
    const ids = listed ? listed.split(" ") : [mark.id.slice(claimAnchorId("").length)];
    const innermost = ids[0]!;
    if (!listed) mark.setAttribute("data-claim-ids", innermost);
    mark.setAttribute("data-claim-id", innermost);
    mark.setAttribute("data-claimcheck-claim", innermost);
    const isFirstPiece = mark.id === claimAnchorId(innermost);
    mark.tabIndex = isFirstPiece ? 0 : -1;
    if (isFirstPiece) {
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-label", overlayPieceLabel(ids, labels, mark.textContent ?? ""));
    }
  }
}
