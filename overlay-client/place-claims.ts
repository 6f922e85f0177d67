import { anchorInPreparedText, prepareText } from "../domain/anchoring";
import type { OverlayClaim } from "../domain/overlay/overlay-review";
import { readDomText, type DomText } from "./dom-text";

export interface PlacedClaims {
  /** Claim id -> its highlight elements in reading order (the first is the focusable one). */
  highlights: Map<string, HTMLElement[]>;
  /** Claims not found in this page (or orphaned in our own copy), in reading order. */
  notFound: OverlayClaim[];
}

export interface HighlightDecorator {
  (element: HTMLElement, claimIds: string[], isFirstPiece: boolean, pieceText: string): void;
}

/**
 * Finds each claim's quote in the live DOM with the project's anchoring (domain/anchoring:
 * exact with context, then typography-folded, then approximate), then wraps every piece of
 * text between claim boundaries in one <mark> for the innermost claim covering it (nested
 * and overlapping claims share pieces, as on our reader page). Text nodes are split once, at
 * all boundaries together, so earlier results never go stale.
 */
export function placeClaims(root: Node, claims: readonly OverlayClaim[], decorate: HighlightDecorator, skip?: (element: Element) => boolean): PlacedClaims {
  const domText = readDomText(root, skip);
  const prepared = prepareText(domText.text);
  const ranges: Array<{ claim: OverlayClaim; start: number; end: number }> = [];
  const notFound: OverlayClaim[] = [];
  // The page's text is our text shifted by whatever the host puts before and inside the article
  // (navigation, ads): each claim is expected where the previous one's shift puts it, so in an
  // unchanged stretch the anchoring confirms the quote and its context there without searching
  // the whole page (a 2,000-claim review in a 100,000-word page: a search per claim took seconds).
  let shift = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const expected = { start: Math.max(0, claim.start + shift), end: Math.max(0, claim.end + shift) };
    const found = claim.orphaned ? null : anchorInPreparedText(prepared, { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix }, expected);
    if (found && found.end > found.start) {
      ranges.push({ claim, start: found.start, end: found.end });
      shift = found.start - claim.start;
    } else notFound.push(claim);
  }
  const highlights = wrapRanges(domText, ranges, decorate);
  for (const range of ranges) if (!highlights.has(range.claim.id)) notFound.push(range.claim);
  return { highlights, notFound };
}

function wrapRanges(domText: DomText, ranges: Array<{ claim: OverlayClaim; start: number; end: number }>, decorate: HighlightDecorator): Map<string, HTMLElement[]> {
  const boundaries = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  // Pieces: maximal runs of characters in one text node between two boundaries.
  const pieces: Array<{ start: number; end: number; node: number }> = [];
  for (let b = 0; b + 1 < boundaries.length; b++) {
    let start = boundaries[b]!;
    const end = boundaries[b + 1]!;
    while (start < end) {
      while (start < end && domText.nodeAt[start] === -1) start++;
      if (start >= end) break;
      const node = domText.nodeAt[start]!;
      let stop = start + 1;
      while (stop < end && domText.nodeAt[stop] === node) stop++;
      pieces.push({ start, end: stop, node });
      start = stop;
    }
  }
  // Covering claims per piece, innermost (latest start, then shortest) first.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const covering: string[][] = [];
  let next = 0;
  let active: typeof ranges = [];
  for (const piece of pieces) {
    while (next < sorted.length && sorted[next]!.start <= piece.start) active.push(sorted[next++]!);
    active = active.filter((r) => r.end > piece.start);
    covering.push(
      active
        .filter((r) => r.start <= piece.start && r.end >= piece.end)
        .sort((a, b) => b.start - a.start || a.end - b.end)
        .map((r) => r.claim.id),
    );
  }
  // Split each text node from its last piece to its first, so the node object keeps the head.
  const elements: Array<HTMLElement | null> = new Array(pieces.length).fill(null);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const ids = covering[i]!;
    if (ids.length === 0) continue;
    const node = domText.nodes[piece.node]!;
    const from = domText.offsetAt[piece.start]!;
    const to = domText.offsetAt[piece.end - 1]! + 1;
    if (to < node.data.length) node.splitText(to);
    const target = from > 0 ? node.splitText(from) : node;
    const mark = node.ownerDocument.createElement("mark");
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    elements[i] = mark;
  }
  const highlights = new Map<string, HTMLElement[]>();
  for (let i = 0; i < pieces.length; i++) {
    const mark = elements[i];
    if (!mark) continue;
    const ids = covering[i]!;
    const innermost = ids[0]!;
    const list = highlights.get(innermost);
    decorate(mark, ids, !list, mark.textContent ?? "");
    if (list) list.push(mark);
    else highlights.set(innermost, [mark]);
  }
  // A claim whose every piece is inside a nested claim's pieces still needs an entry point.
  for (const range of ranges) {
    if (highlights.has(range.claim.id)) continue;
    const index = pieces.findIndex((p, i) => p.start >= range.start && p.end <= range.end && covering[i]!.includes(range.claim.id));
    const mark = index >= 0 ? elements[index] : null;
    if (mark) highlights.set(range.claim.id, [mark]);
  }
  return highlights;
}
