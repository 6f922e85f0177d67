/**
 * The element that stands for a claim in the article: its first highlighted piece (id
 * `claim-<id>`), or, for a claim never innermost (the same text as a shorter claim), the first
 * piece that covers it. Null for claims not located in the text.
 */
export function claimAnchor(claimId: string): HTMLElement | null {
  return document.getElementById(`claim-${claimId}`) ?? document.querySelector<HTMLElement>(`mark[data-claim-ids~="${CSS.escape(claimId)}"]`);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Scrolls the claim's highlight to the middle of the screen and returns it. */
export function revealClaim(claimId: string, smooth = false): HTMLElement | null {
  const anchor = claimAnchor(claimId);
  anchor?.scrollIntoView({ block: "center", behavior: smooth && !prefersReducedMotion() ? "smooth" : "auto" });
  return anchor;
}
