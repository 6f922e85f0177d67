import type { AnyNode, Document, Element } from "domhandler";
import { textContent } from "domutils";
import { attribute, findElements, hasAncestor } from "./html-nodes";
import { isCommentsRegion, isPageFurniture } from "./html-page-furniture";

export interface ArticleRegions {
  /** Where the article's text is: the longest <article>, else <main>, else <body>, else the whole page. */
  content: AnyNode;
  /** Reader-comment regions outside `content`, kept as the comments section. */
  comments: Element[];
}

export function findArticleRegions(document: Document): ArticleRegions {
  const visible = (element: Element) => !isPageFurniture(element) && !hasAncestor(element, isPageFurniture);
  const articles = findElements(document, (e) => e.name === "article" && visible(e) && !isCommentsRegion(e) && !hasAncestor(e, isCommentsRegion));
  const outermostArticles = articles.filter((article) => !hasAncestor(article, (e) => e.name === "article"));
  const main = findElements(document, (e) => (e.name === "main" || attribute(e, "role") === "main") && visible(e))[0];
  const body = findElements(document, (e) => e.name === "body")[0];
  const content = longestText(outermostArticles) ?? main ?? body ?? document;

  const comments = findCommentRegions(document).filter((region) => !isInside(region, content));
  return { content, comments };
}

/** Every outermost visible reader-comments region of the page. */
export function findCommentRegions(document: Document): Element[] {
  const visible = (element: Element) => !isPageFurniture(element) && !hasAncestor(element, isPageFurniture);
  return findElements(document, (e) => isCommentsRegion(e) && visible(e)).filter((region) => !hasAncestor(region, isCommentsRegion));
}

function longestText(elements: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = -1;
  for (const element of elements) {
    const length = textContent(element).trim().length;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

function isInside(node: AnyNode, container: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current === container) return true;
  }
  return false;
}
