import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isBoxText, isCommentsToken, isFurnitureCandidate } from "./html-page-furniture";

export interface ReadableContent {
  /** The article's HTML as Readability.js kept it (classes kept, for the product's own rules). */
  html: string;
  /** Length of the article's text, as Readability counts it. */
  textLength: number;
  byline: string | null;
  siteName: string | null;
}

/**
 * The article part of a full page, by Readability.js (Mozilla's reader view) over linkedom,
 * after the product's own rules have taken out what Readability tends to keep: author pop-ups
 * and bios, newsletter and related-links boxes, and the reader comments (imported apart as
 * the comments section). Null for a fragment (HTML copied from the article itself, with no
 * <html> or <body>: all of it is the article) and when Readability finds nothing.
 */
export function extractReadableContent(raw: string): ReadableContent | null {
  if (!/<(?:html|body)[\s>]/i.test(raw)) return null;
  const { document } = parseHTML(raw);
  removeBoxes(document.body as unknown as Element | null);
  const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  if (!article?.content || !article.textContent?.trim()) return null;
  return { html: article.content, textLength: article.textContent.trim().length, byline: clean(article.byline), siteName: clean(article.siteName) };
}

/**
 * Takes out furniture and comments. An element holding most of the page's text is a wrapper
 * (ASP.NET pages wrap the whole body in a <form>), never furniture, whatever its name.
 */
function removeBoxes(root: Element | null): void {
  if (!root) return;
  const wrapperLength = (root.textContent ?? "").trim().length / 2;
  const doomed: Element[] = [];
  const visit = (element: Element) => {
    const tokens = `${element.id ?? ""} ${element.getAttribute("class") ?? ""}`.toLowerCase().split(/\s+/).filter(Boolean);
    const furniture =
      element.localName !== "header" && // Readability reads the headline and byline from the page header
      isFurnitureCandidate({
        name: element.localName,
        tokens,
        role: element.getAttribute("role") ?? undefined,
        hidden: element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true",
        textLength: () => (element.textContent ?? "").trim().length,
      });
    const box = furniture || tokens.some(isCommentsToken) || isBoxText((element.textContent ?? "").trim());
    if (box && (element.textContent ?? "").trim().length < wrapperLength) {
      doomed.push(element);
      return;
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  for (const child of Array.from(root.children)) visit(child);
  for (const element of doomed) element.remove();
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}
