import type { OverlayClaim } from "../domain/overlay/overlay-review";
import { el, verdictBadge } from "./claim-details";

/**
 * A long review's claim list, built from the claims the page fetched: the same markup as the
 * server's claimListHtml (domain/overlay/reader-sections.ts; tests/reader/claim-list-dom.test.ts
 * holds them equal), so the stylesheet, the filter and the keys treat both alike.
 */
export function claimListItem(claim: OverlayClaim): HTMLLIElement {
  return el(
    "li",
    { "data-verdict-item": claim.verdict ?? "unrated" },
    el(
      "button",
      { type: "button", class: "claim-list-item", "data-list-claim-id": claim.id },
      verdictBadge(claim.verdict),
      el("span", { class: "claim-list-text" }, claim.restatement),
      claim.section === "comments" ? el("span", { class: "hint" }, " (reader comment)") : null,
      claim.orphaned ? el("span", { class: "hint" }, " (not located in the current text)") : null,
    ),
  );
}

/** Fills the placeholder list of a long review's page (data-claim-list-pending); does nothing on a page that has its list. */
export function fillClaimList(reader: HTMLElement, claims: readonly OverlayClaim[]): void {
  const list = reader.querySelector<HTMLElement>(".claim-list[data-claim-list-pending]");
  if (!list) return;
  const items = document.createDocumentFragment();
  for (const claim of claims) items.append(claimListItem(claim));
  list.querySelector("ol")?.replaceChildren(items);
  list.querySelector("[data-claim-list-note]")?.remove();
  const count = list.querySelector("[data-claim-count]");
  if (count) count.textContent = String(claims.length);
  list.removeAttribute("data-claim-list-pending");
}
