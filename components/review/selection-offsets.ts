/**
 * Maps between the rendered article and offsets in the canonical text, both ways.
 * Every rendered piece of text sits in an element with data-start (its offset) that holds one
 * text node: a whole paragraph in the workspace (one element per block), or a <span>/<mark>
 * piece where the article is cut at claim boundaries (the reader, the marks fallback). Only the
 * elements at the selection's ends are looked at: the cost does not grow with the article.
 */

function pieceOf(element: Element | null): HTMLElement | null {
  return element?.closest<HTMLElement>("[data-start]") ?? null;
}

const startOf = (piece: HTMLElement) => Number(piece.dataset.start);

function firstPieceIn(node: Node): HTMLElement | null {
  if (node instanceof HTMLElement && node.dataset.start !== undefined) return node;
  return node instanceof Element ? node.querySelector<HTMLElement>("[data-start]") : null;
}

function lastPieceIn(node: Node): HTMLElement | null {
  if (node instanceof HTMLElement && node.dataset.start !== undefined) return node;
  if (!(node instanceof Element)) return null;
  const all = node.querySelectorAll<HTMLElement>("[data-start]");
  return all.length ? all[all.length - 1]! : null;
}

/** Characters of a piece's content before its child `index`. */
function lengthBefore(piece: Element, index: number): number {
  let length = 0;
  for (let i = 0; i < index && i < piece.childNodes.length; i++) length += piece.childNodes[i]!.textContent?.length ?? 0;
  return length;
}

/** The canonical offset of a DOM point (a selection's end, a caret), or null outside the article's pieces. */
export function pointToTextOffset(node: Node, offset: number, edge: "start" | "end" = "start"): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = pieceOf(node.parentElement);
    if (!piece) return null;
    let before = 0;
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) before += sibling.textContent?.length ?? 0;
    return startOf(piece) + before + offset;
  }
  const element = node as Element;
  if (element instanceof HTMLElement && element.dataset.start !== undefined && !element.querySelector("[data-start]")) {
    // A point between the children of a piece (its text node): before or after its text.
    return startOf(element) + lengthBefore(element, offset);
  }
  const child = element.childNodes[offset];
  if (child) {
    const piece = firstPieceIn(child);
    if (piece) return startOf(piece);
  }
  const before = element.childNodes[offset - 1] ?? (edge === "end" ? element : null);
  const last = before ? lastPieceIn(before) : null;
  if (last) return startOf(last) + (last.textContent?.length ?? 0);
  return null;
}

export function selectionToOffsets(root: Element): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = pointToTextOffset(range.startContainer, range.startOffset, "start");
  const end = pointToTextOffset(range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The canonical offset under a point of the screen (a click), or null off the article's text. */
export function offsetAtPoint(x: number, y: number): number | null {
  const withPosition = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return pointToTextOffset(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? pointToTextOffset(range.startContainer, range.startOffset) : null;
}

export interface TextLocator {
  /** The DOM point of a canonical offset; an offset between blocks moves to the next block's start ("start") or the previous block's end ("end"). */
  point(offset: number, edge: "start" | "end"): { node: Text; offset: number } | null;
  /** A live DOM Range over [start, end) of the canonical text, or null when nothing of it is rendered. */
  range(start: number, end: number): Range | null;
}

/**
 * Indexes the rendered pieces of an article once (one query, pieces sorted by offset), then
 * finds any offset by binary search: building the ranges of 2,000 claims costs a few
 * milliseconds whatever the article's length.
 */
export function locateText(root: Element): TextLocator {
  const pieces = [...root.querySelectorAll<HTMLElement>("[data-start]")]
    .map((element) => ({ start: startOf(element), node: [...element.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE) ?? null }))
    .filter((piece): piece is { start: number; node: Text } => piece.node !== null && piece.node.length > 0)
    .sort((a, b) => a.start - b.start);

  /** Index of the last piece starting at or before the offset, or -1. */
  const lastAtOrBefore = (offset: number) => {
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (pieces[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  const point: TextLocator["point"] = (offset, edge) => {
    const index = lastAtOrBefore(offset);
    const piece = pieces[index];
    if (piece && offset - piece.start <= piece.node.length) {
      // At a piece's very end, a start belongs to the next piece when it begins right there.
      const next = pieces[index + 1];
      if (edge === "start" && offset - piece.start === piece.node.length && next?.start === offset) return { node: next.node, offset: 0 };
      return { node: piece.node, offset: offset - piece.start };
    }
    if (edge === "start") {
      const next = pieces[index + 1];
      return next ? { node: next.node, offset: 0 } : null;
    }
    return piece ? { node: piece.node, offset: piece.node.length } : null;
  };

  return {
    point,
    range(start, end) {
      const from = point(start, "start");
      const to = point(end, "end");
      if (!from || !to) return null;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range.collapsed ? null : range;
    },
  };
}
