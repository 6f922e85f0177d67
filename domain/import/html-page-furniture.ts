import type { Element } from "domhandler";
import { textContent } from "domutils";
import { attribute, nameTokens } from "./html-nodes";

/** Elements whose content is never article text: code, page furniture, controls, embedded media. */
export const DROPPED_ELEMENTS = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "frame",
  "frameset", "svg", "math", "object", "embed", "canvas", "video", "audio", "picture", "img", "map", "select",
  "textarea", "input", "label", "option", "dialog", "menu", "figcaption", "head", "title", "meta", "link", "base",
]);

/** ARIA roles of page furniture. */
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "form", "dialog", "button", "menu", "toolbar"]);

/** Class or id tokens that templates give to sharing bars, cookie banners, related-story lists and the like. */
const FURNITURE_TOKENS = /^(?:share|sharing|sharedaddy|social|social-share|newsletter|subscribe|cookie|cookies|cookie-banner|related|related-posts|breadcrumbs?|sidebar|advert|advertisement|ad|ads|promo|comment-respond|respond|skip-link|screen-reader-text|visually-hidden|sr-only)$/;

/**
 * Parts of a token that name a box rather than the article, wherever they sit in a BEM-style
 * name (c-author-popup, newsletter-signup__form, article__related-links): author pop-ups and
 * bios, newsletter and subscription boxes, related/recommended/most-read lists, sharing tools.
 * Matched only on boxes of modest size, so that a wrapper named "has-related-content" around
 * the whole article is not dropped.
 */
const BOX_TOKEN_PARTS =
  /(?:author-?(?:popup|pop-up|popover|bio|box|info|card|details|tooltip|list|names?)|popup|popover|tooltip|newsletter|subscri(?:be|ption)|signup|sign-up|related|recommend|more-?stories|most-?(?:read|popular|viewed)|trending|outbrain|taboola|share-?(?:bar|tools|buttons|links)|social-?(?:links|share|media|icons)|paywall|promo|advert|sponsor)/;
const BOX_MAX_TEXT = 1500;

export interface FurnitureCandidate {
  name: string;
  tokens: string[];
  role: string | undefined;
  hidden: boolean;
  /** The element's text length; read only when a box token matched. */
  textLength: () => number;
}

/** The one rule for what is page furniture, whichever DOM the element comes from. */
export function isFurnitureCandidate({ name, tokens, role, hidden, textLength }: FurnitureCandidate): boolean {
  if (DROPPED_ELEMENTS.has(name)) return true;
  if (hidden) return true;
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return true;
  if (tokens.some((token) => FURNITURE_TOKENS.test(token))) return true;
  return tokens.some((token) => BOX_TOKEN_PARTS.test(token)) && textLength() < BOX_MAX_TEXT;
}

/** Elements that never hold article text whatever their class: scripts, forms, media, headers, hidden parts. */
export function isNonTextElement(element: Element): boolean {
  return DROPPED_ELEMENTS.has(element.name) || attribute(element, "hidden") !== undefined || attribute(element, "aria-hidden") === "true";
}

export function isPageFurniture(element: Element): boolean {
  return isFurnitureCandidate({
    name: element.name,
    tokens: nameTokens(element),
    role: attribute(element, "role"),
    hidden: attribute(element, "hidden") !== undefined || attribute(element, "aria-hidden") === "true",
    textLength: () => textContent(element).trim().length,
  });
}

/**
 * What boxes say, whatever their class: an author pop-up ("Search for this author in: PubMed,
 * Google Scholar"), a newsletter or subscription prompt. Only short boxes are judged by it.
 */
const BOX_TEXT =
  /\bsearch for this author in\b|\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|briefing|inbox|e-?mail updates|daily|weekly)\b|\bnewsletter\b.{0,80}\b(?:sign up|subscribe|inbox|e-?mail address)\b|\bdelivered (?:straight |directly )?to your inbox\b/is;
export const BOX_TEXT_MAX = 600;

export function isBoxText(text: string): boolean {
  return text.length < BOX_TEXT_MAX && BOX_TEXT.test(text);
}

/** comments, comments-area, article-comments, c-article-comments__list, comment-list, #disqus_thread... but not has-comments. */
const COMMENTS_TOKEN =
  /^(?:(?!(?:has|no|show|hide|enable|disable|open|toggle|count)[-_])(?:[\w-]*[-_])?comments(?:[-_]{1,2}(?:area|section|list|wrapper|container|thread|block))?|comment-?list|commentlist|comment-section|disqus_thread|responses)$/;

/** The reader-comments region of a page: WordPress's #comments, .comment-list, Disqus's #disqus_thread... */
export function isCommentsRegion(element: Element): boolean {
  return nameTokens(element).some((token) => COMMENTS_TOKEN.test(token));
}

export function isCommentsToken(token: string): boolean {
  return COMMENTS_TOKEN.test(token);
}
