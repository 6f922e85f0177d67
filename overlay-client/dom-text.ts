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
const SPACE = /[ \t\n\r\f]/;

export function readDomText(root: Node, skip: (element: Element) => boolean = () => false): DomText {
  const chars: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const nodes: Text[] = [];
  let pendingBreak = false;
  let lastWasSpace = true;

  const breakBlock = () => {
    if (chars.length > 0) pendingBreak = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      const index = nodes.length;
      let used = false;
      for (let i = 0; i < data.length; i++) {
        const character = data[i]!;
        if (SPACE.test(character)) {
          if (lastWasSpace || pendingBreak) continue;
          chars.push(" ");
          nodeAt.push(index);
          offsetAt.push(i);
          lastWasSpace = true;
          used = true;
          continue;
        }
        if (pendingBreak) {
          // A block ended: drop the trailing space, write the separator (mapped to no node).
          if (chars.at(-1) === " ") {
            chars.pop();
            nodeAt.pop();
            offsetAt.pop();
          }
          for (const separator of "\n\n") {
            chars.push(separator);
            nodeAt.push(-1);
            offsetAt.push(-1);
          }
          pendingBreak = false;
        }
        chars.push(character);
        nodeAt.push(index);
        offsetAt.push(i);
        lastWasSpace = false;
        used = true;
      }
      if (used) nodes.push(textNode);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE && (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || skip(element) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true")) return;
    const isBlock = node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (isBlock) breakBlock();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) breakBlock();
  };
  visit(root);
  return { text: chars.join(""), nodeAt: Int32Array.from(nodeAt), offsetAt: Int32Array.from(offsetAt), nodes };
}
