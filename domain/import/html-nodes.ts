import type { AnyNode, Document, Element, Text } from "domhandler";
import { ElementType, parseDocument } from "htmlparser2";

/**
 * htmlparser2 with entities decoded and names lower-cased: a forgiving parser that never
 * executes anything. Node types come from domhandler, which htmlparser2 builds its tree with.
 */
export function parseHtml(raw: string): Document {
  return parseDocument(raw, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** Elements, including script and style (which have their own node types). */
export function isElement(node: AnyNode): node is Element {
  return ElementType.isTag(node);
}

export function isTextNode(node: AnyNode): node is Text {
  return node.type === ElementType.Text;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attribs[name];
}

/** Class and id tokens, lower-cased: what page templates name their regions with. */
export function nameTokens(element: Element): string[] {
  return `${attribute(element, "id") ?? ""} ${attribute(element, "class") ?? ""}`.toLowerCase().split(/\s+/).filter(Boolean);
}

export function findElements(root: AnyNode | AnyNode[], test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = Array.isArray(root) ? [...root].reverse() : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) found.push(node);
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

export function hasAncestor(node: AnyNode, test: (element: Element) => boolean): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isElement(parent) && test(parent)) return true;
  }
  return false;
}
