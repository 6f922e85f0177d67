import type { OverlayReview } from "../domain/overlay/overlay-review";
import { verdictLabel } from "../domain/overlay/verdict-cues";
import { OverlayPanel } from "./panel";

/**
 * Our own reader page (GET /articles/<slug>): the highlights, scorecard and claim list are
 * already in the HTML (server-rendered, readable without JavaScript); this wires them up:
 * highlights and list open the panel, the verdict filter, j / k through the claims, deep
 * links (#claim-<id>), focus returned on close.
 */
export function startReaderPage(reader: HTMLElement, review: OverlayReview): void {
  const claims = new Map(review.claims.map((claim) => [claim.id, claim]));
  const article = reader.querySelector<HTMLElement>(".article-text")!;
  const column = reader.querySelector<HTMLElement>(".article-column")!;
  const announcer = reader.querySelector<HTMLElement>("[data-announcer]");
  const firstPiece = (id: string) => document.getElementById(`claim-${id}`);
  const allOrder = review.claims.filter((claim) => firstPiece(claim.id)).map((claim) => claim.id);
  let filter: string | null = null;
  const navigable = () => (filter ? allOrder.filter((id) => claims.get(id)?.verdict === filter) : allOrder);

  let active: HTMLElement[] = [];
  const markActive = (id: string | null) => {
    active.forEach((mark) => mark.classList.remove("active"));
    active = id ? [...article.querySelectorAll<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`)] : [];
    active.forEach((mark) => mark.classList.add("active"));
    reader.querySelector('.claim-list [aria-current="true"]')?.removeAttribute("aria-current");
    if (id) reader.querySelector(`[data-list-claim-id="${CSS.escape(id)}"]`)?.setAttribute("aria-current", "true");
  };
  let activeId: string | null = null;
  const panel = new OverlayPanel({
    review,
    readingOrder: navigable,
    position: "right",
    launcher: false,
    triggerFor: (id) => firstPiece(id),
    onShow: (id) => {
      activeId = id;
      markActive(id);
      history.replaceState(null, "", `#claim-${id}`);
    },
    onClose: () => history.replaceState(null, "", location.pathname + location.search),
  });
  const open = (ids: string[], trigger: HTMLElement | null, preferred?: string | null) => panel.open(ids, trigger, preferred);
  const reveal = (id: string) => {
    const mark = firstPiece(id);
    mark?.scrollIntoView({ block: "center" });
    return mark;
  };

  article.addEventListener("click", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark[data-claim-ids]");
    if (!mark) return;
    const head = firstPiece(mark.dataset.claimId ?? "") ?? mark;
    open((mark.dataset.claimIds ?? "").split(" "), head, activeId);
  });
  article.addEventListener("keydown", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark[data-claim-ids]");
    if (!mark || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    open((mark.dataset.claimIds ?? "").split(" "), mark, activeId);
  });
  reader.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-list-claim-id], [data-open-claim]");
    if (!button) return;
    const id = button.dataset.listClaimId ?? button.dataset.openClaim!;
    if (!claims.get(id)?.orphaned) reveal(id);
    open([id], button);
  });

  // The verdict filter: chips, dimmed highlights, the list narrowed.
  const chips = [...reader.querySelectorAll<HTMLButtonElement>("[data-filter]")];
  const listItems = [...reader.querySelectorAll<HTMLElement>(".claim-list li")];
  const count = reader.querySelector("[data-claim-count]");
  for (const chip of chips) {
    chip.addEventListener("click", () => {
      const chosen = chip.dataset.filter || null;
      filter = chosen === filter ? null : chosen;
      chips.forEach((c) => c.setAttribute("aria-pressed", String((c.dataset.filter || null) === filter)));
      column.classList.toggle("dimmed", filter !== null);
      article.querySelectorAll("mark.match").forEach((mark) => mark.classList.remove("match"));
      if (filter) article.querySelectorAll(`mark[data-verdict="${CSS.escape(filter)}"]`).forEach((mark) => mark.classList.add("match"));
      let shown = 0;
      for (const item of listItems) {
        const visible = !filter || item.dataset.verdictItem === filter;
        item.hidden = !visible;
        if (visible) shown++;
      }
      if (count) count.textContent = String(shown);
    });
  }

  // j / k: the next and previous highlighted claim (focus in the article, or within the open panel).
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== "j" && event.key !== "k") return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    const direction = event.key === "j" ? 1 : -1;
    if (panel.isOpen) {
      panel.step(direction);
      return;
    }
    const order = navigable();
    if (order.length === 0) return;
    const current = activeId ? order.indexOf(activeId) : -1;
    const index = current < 0 ? (direction === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, current + direction));
    const id = order[index]!;
    activeId = id;
    const mark = reveal(id);
    markActive(id);
    mark?.focus({ preventScroll: true });
    const claim = claims.get(id);
    if (announcer) announcer.textContent = `Claim ${index + 1} of ${order.length}, ${verdictLabel(claim?.verdict ?? null)}: ${claim?.restatement ?? ""}. Press Enter to open.`;
  });

  // Deep links: #claim-<id> opens that claim, on arrival and when the hash changes.
  const openFromHash = () => {
    const match = /^#claim-(.+)$/.exec(location.hash);
    const id = match?.[1] ? decodeURIComponent(match[1]) : null;
    if (!id || !claims.has(id) || (panel.isOpen && panel.activeId === id)) return;
    const anchor = claims.get(id)?.orphaned ? document.querySelector<HTMLElement>(`[data-unlocated-claim-id="${CSS.escape(id)}"] button`) : reveal(id);
    open([id], anchor);
  };
  openFromHash();
  window.addEventListener("hashchange", openFromHash);
  reader.setAttribute("data-ready", "true");
  performance.mark("claimcheck:reader-interactive");
}

/**
 * The signed-in extras, after the page: the header's "Sign in" becomes the user's name and
 * reviewers get an "Edit this review" link. The page's HTML stays the same for everyone.
 */
export function showAccount(reader: HTMLElement, slug: string): void {
  const link = document.querySelector<HTMLAnchorElement>("[data-account-link]");
  if (!link) return;
  fetch("/api/auth/session", { credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<{ user?: { name?: string | null; role?: string } }>) : {}))
    .then((session: { user?: { name?: string | null; role?: string } }) => {
      const user = session.user;
      if (!user) return;
      link.textContent = user.name || "Account";
      link.href = "/dashboard";
      const edit = document.createElement("a");
      edit.href = `/review/${encodeURIComponent(slug)}`;
      edit.textContent = "Edit this review";
      edit.className = "button secondary";
      reader.querySelector(".reader-actions")?.prepend(edit, " ");
    })
    .catch(() => undefined);
}
