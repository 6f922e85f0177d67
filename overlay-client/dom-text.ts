/**
 * The visible text of a DOM subtree as one string, with a map back to text nodes: whitespace
 * runs collapse to one space (as the browser shows them) and block boundaries become the
 * canonical text's paragraph separator ("\n\n"), so quotes taken from our copy of an article
 * find the same words in a publisher's markup.
 */
export interface DomText {
  text: string;
  /** Per character of `text`: the index of its text node in `nodes`, -1 for a separator. */
  nodeAt: Int32Array;
  /** Per character of `text`: its offset inside that text node. */
  offsetAt: Int32Array;
  nodes: Text[];
}

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "BUTTON", "SVG", "IFRAME", "OBJECT", "CANVAS"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Space, tab, line feed, carriage return, form feed: what HTML collapses. */
function isCollapsibleSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/**
 * One pass over the text nodes, writing runs of words as string slices and the per-character
 * maps into growing typed arrays (a 100,000-word page: tens of milliseconds, not hundreds).
 */
export function readDomText(root: Node, skip: (element: Element) => boolean = () => false): DomText {
  const parts: string[] = [];
  let capacity = 1 << 16;
  let nodeAt = new Int32Array(capacity);
  let offsetAt = new Int32Array(capacity);
  let length = 0;
  const nodes: Text[] = [];
  let pendingBreak = false;
  let lastWasSpace = true;
  /** Whether the last part is a single collapsed space (dropped when a block ends after it). */
  let trailingSpace = false;

  const reserve = (extra: number) => {
    if (length + extra <= capacity) return;
    while (length + extra > capacity) capacity *= 2;
    const grownNodes = new Int32Array(capacity);
    grownNodes.set(nodeAt.subarray(0, length));
    nodeAt = grownNodes;
    const grownOffsets = new Int32Array(capacity);
    grownOffsets.set(offsetAt.subarray(0, length));
    offsetAt = grownOffsets;
  };
  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
  };
  const visitText = (textNode: Text) => {
    const data = textNode.data;
    const index = nodes.length;
    let used = false;
    for (let i = 0; i < data.length; i++) {
      if (isCollapsibleSpace(data.charCodeAt(i))) {
        if (lastWasSpace || pendingBreak) continue;
        reserve(1);
        parts.push(" ");
        nodeAt[length] = index;
        offsetAt[length++] = i;
        lastWasSpace = true;
        trailingSpace = true;
        used = true;
        continue;
      }
      if (pendingBreak) {
        // A block ended: drop the trailing space, write the separator (mapped to no node).
        if (trailingSpace) {
          parts.pop();
          length--;
        }
        reserve(2);
        parts.push("\n\n");
        nodeAt[length] = -1;
        offsetAt[length++] = -1;
        nodeAt[length] = -1;
        offsetAt[length++] = -1;
        pendingBreak = false;
      }
      let end = i + 1;
      while (end < data.length && !isCollapsibleSpace(data.charCodeAt(end))) end++;
      reserve(end - i);
      parts.push(data.slice(i, end));
      for (let at = i; at < end; at++) {
        nodeAt[length] = index;
        offsetAt[length++] = at;
      }
      i = end - 1;
      lastWasSpace = false;
      trailingSpace = false;
      used = true;
    }
    if (used) nodes.push(textNode);
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) return visitText(node as Text);
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    const isElement = node.nodeType === ELEMENT_NODE;
    if (isElement && (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || skip(element) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true")) return;
    const isBlock = isElement && BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (isBlock) breakBlock();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) breakBlock();
  };
  visit(root);
  return { text: parts.join(""), nodeAt: nodeAt.slice(0, length), offsetAt: offsetAt.slice(0, length), nodes };
}
