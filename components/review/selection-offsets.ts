/**
 * Maps a DOM selection inside the rendered article back to offsets in the canonical text.
 * Every rendered piece of text sits in an element with data-start (its offset).
 */

function startOfPiece(element: Element | null): number | null {
  const piece = element?.closest<HTMLElement>("[data-start]");
  return piece ? Number(piece.dataset.start) : null;
}

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

function pointToOffset(node: Node, offset: number, root: Element, edge: "start" | "end"): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = startOfPiece(node.parentElement);
    return start === null ? null : start + offset;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child) {
    const piece = firstPieceIn(child);
    if (piece) return Number(piece.dataset.start);
  }
  const before = element.childNodes[offset - 1] ?? (edge === "end" ? element : null);
  const last = before ? lastPieceIn(before) : null;
  if (last) return Number(last.dataset.start) + (last.textContent?.length ?? 0);
  return root.contains(element) ? null : null;
}

export function selectionToOffsets(root: Element): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = pointToOffset(range.startContainer, range.startOffset, root, "start");
  const end = pointToOffset(range.endContainer, range.endOffset, root, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
