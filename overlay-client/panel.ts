import type { OverlayClaim, OverlayReview } from "../domain/overlay/overlay-review";
import type { ReaderClaimDetails } from "../domain/overlay/reader-model";
import { claimDetail, el, verdictBadge, type DetailsState } from "./claim-details";
import panelCss from "./panel.css.txt";

export interface PanelOptions {
  review: OverlayReview;
  /** Ids of the highlighted claims in reading order (what Previous / Next walk). */
  readingOrder: () => string[];
  /** Called when the panel moves to another claim (to focus or mark its highlight). */
  onShow: (claimId: string) => void;
  /** Where focus returns after stepping to a claim (its highlight); the opener otherwise. */
  triggerFor?: (claimId: string) => HTMLElement | null;
  onClose: () => void;
  position: "right" | "left";
  /** Shows a small launcher button with the claim count and the "not found on this page" list (publishers' pages). */
  launcher: boolean;
}

/**
 * The overlay's UI: a modal <dialog> (a side panel on wide screens, a bottom sheet on phones)
 * inside a Shadow DOM, so the host page's styles neither reach it nor are touched by it. Its
 * stylesheet is a constructed one (no <style> element for the host's CSP to refuse).
 */
export class OverlayPanel {
  readonly host: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private readonly body: HTMLElement;
  private readonly claims: Map<string, OverlayClaim>;
  private readonly details = new Map<string, DetailsState>();
  private readonly requested = new Set<string>();
  private openIds: string[] = [];
  activeId: string | null = null;
  private trigger: HTMLElement | null = null;
  private notFound: OverlayClaim[] = [];
  private launcherButton: HTMLButtonElement | null = null;

  constructor(private readonly options: PanelOptions) {
    this.claims = new Map(options.review.claims.map((claim) => [claim.id, claim]));
    this.host = document.createElement("claimcheck-overlay");
    this.host.setAttribute("data-claimcheck-ui", "");
    const root = this.host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(panelCss);
    root.adoptedStyleSheets = [sheet];
    this.body = el("div", { class: "panel-body" });
    this.dialog = el("dialog", { class: `claim-dialog position-${options.position}` }, this.body);
    this.dialog.addEventListener("close", () => {
      this.openIds = [];
      options.onClose();
      this.trigger?.focus();
    });
    root.append(this.dialog);
    if (options.launcher) {
      this.launcherButton = el("button", { type: "button", class: `launcher position-${options.position}` });
      this.launcherButton.addEventListener("click", () => this.showOverview(this.launcherButton));
      root.append(this.launcherButton);
    }
    document.body.append(this.host);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  setNotFound(claims: OverlayClaim[], placedCount: number): void {
    this.notFound = claims;
    if (this.launcherButton) {
      this.launcherButton.textContent = `Claimcheck: ${placedCount} claim${placedCount === 1 ? "" : "s"} highlighted${claims.length ? `, ${claims.length} not found on this page` : ""}`;
    }
  }

  /** Opens the claims covering a passage (innermost first), with `preferred` shown when it is one of them. */
  open(ids: string[], trigger: HTMLElement | null, preferred?: string | null): void {
    const known = ids.filter((id) => this.claims.has(id));
    if (known.length === 0) return;
    this.trigger = trigger;
    this.openIds = known;
    this.show(preferred && known.includes(preferred) ? preferred : known[0]!);
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  /** With the panel open: the next or previous highlighted claim. */
  step(direction: 1 | -1): void {
    const order = this.options.readingOrder();
    const current = this.activeId ? order.indexOf(this.activeId) : -1;
    const index = Math.min(order.length - 1, Math.max(0, current < 0 ? 0 : current + direction));
    const id = order[index];
    if (!id) return;
    this.openIds = [id];
    this.trigger = this.options.triggerFor?.(id) ?? this.trigger;
    this.show(id);
  }

  private show(id: string): void {
    this.activeId = id;
    this.render();
    this.load(id);
    this.options.onShow(id);
  }

  private render(): void {
    const current = this.activeId ? this.claims.get(this.activeId) : undefined;
    if (!current) return;
    const order = this.options.readingOrder();
    const index = order.indexOf(current.id);
    const bar = el("div", { class: "dialog-bar" });
    if (index >= 0) {
      const previous = el("button", { type: "button", class: "button secondary" }, el("span", { "aria-hidden": "true" }, "← "), "Previous", el("span", { class: "visually-hidden" }, " claim"));
      const next = el("button", { type: "button", class: "button secondary" }, "Next", el("span", { class: "visually-hidden" }, " claim"), el("span", { "aria-hidden": "true" }, " →"));
      previous.disabled = index <= 0;
      next.disabled = index >= order.length - 1;
      previous.addEventListener("click", () => this.step(-1));
      next.addEventListener("click", () => this.step(1));
      bar.append(el("div", { class: "claim-stepper" }, previous, el("span", { class: "hint" }, `${index + 1} of ${order.length}`), next));
    }
    const close = el("button", { type: "button", class: "button secondary close-button" }, "Close");
    close.addEventListener("click", () => this.close());
    bar.append(close);
    const parts: Node[] = [bar];
    if (this.openIds.length > 1) {
      const options = this.openIds.map((id) => {
        const claim = this.claims.get(id)!;
        const button = el("button", { type: "button", class: "chooser-option", "aria-pressed": String(id === current.id) }, verdictBadge(claim.verdict), el("span", {}, claim.restatement));
        button.addEventListener("click", () => this.show(id));
        return el("li", {}, button);
      });
      parts.push(el("fieldset", { class: "claim-chooser" }, el("legend", {}, `This passage is part of ${this.openIds.length} claims. Choose one:`), el("ul", {}, ...options)));
    }
    const headingId = `claimcheck-heading-${current.id}`;
    parts.push(claimDetail(current, headingId, this.details.get(current.id)));
    parts.push(el("p", { class: "hint source-note" }, el("a", { href: `${this.options.review.reviewUrl}#claim-${encodeURIComponent(current.id)}`, target: "_top" }, "The full review on Claimcheck")));
    this.dialog.setAttribute("aria-labelledby", headingId);
    this.body.replaceChildren(...parts);
  }

  /** Every claim of the review, the ones not found on this page listed apart (never dropped). */
  private showOverview(trigger: HTMLElement | null): void {
    this.trigger = trigger;
    this.activeId = null;
    const close = el("button", { type: "button", class: "button secondary close-button" }, "Close");
    close.addEventListener("click", () => this.close());
    const item = (claim: OverlayClaim) => {
      const button = el("button", { type: "button", class: "chooser-option" }, verdictBadge(claim.verdict), el("span", {}, claim.restatement));
      button.addEventListener("click", () => this.open([claim.id], trigger));
      return el("li", { "data-overview-claim": claim.id }, button);
    };
    const missing = new Set(this.notFound.map((c) => c.id));
    const placed = this.options.review.claims.filter((c) => !missing.has(c.id));
    this.dialog.setAttribute("aria-labelledby", "claimcheck-overview-heading");
    this.body.replaceChildren(
      el("div", { class: "dialog-bar" }, close),
      el("h2", { id: "claimcheck-overview-heading" }, this.options.review.title),
      el("p", {}, el("a", { href: this.options.review.reviewUrl, target: "_top" }, "The full review on Claimcheck")),
      el("h3", {}, `Highlighted on this page (${placed.length})`),
      el("ul", { class: "overview-list" }, ...placed.map(item)),
      ...(this.notFound.length
        ? [el("h3", { id: "claimcheck-not-found" }, `Not found on this page (${this.notFound.length})`), el("ul", { class: "overview-list not-found", "aria-labelledby": "claimcheck-not-found" }, ...this.notFound.map(item))]
        : []),
    );
    if (!this.dialog.open) this.dialog.showModal();
  }

  private load(id: string): void {
    if (this.requested.has(id)) return;
    this.requested.add(id);
    const settle = (state: DetailsState) => {
      this.details.set(id, state);
      const shown = this.body.querySelector("article.claim-detail");
      const claim = this.claims.get(id);
      if (this.activeId === id && shown && claim) shown.replaceWith(claimDetail(claim, `claimcheck-heading-${id}`, state));
    };
    const failed = (message: string) => {
      this.requested.delete(id);
      settle({ status: "failed", message });
    };
    fetch(`${this.options.review.detailsUrl}/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" }, credentials: "omit" })
      .then(async (response) => {
        if (response.ok) settle({ status: "loaded", details: (await response.json()) as ReaderClaimDetails });
        else failed(response.status === 404 ? "This claim is no longer part of the published review: reload the page." : "The evidence could not be loaded. Try again in a moment.");
      })
      .catch(() => failed("The evidence could not be loaded. Check your connection and try again."));
  }
}
