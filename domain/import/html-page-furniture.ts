import type { Element } from "domhandler";
import { attribute, nameTokens } from "./html-nodes";

/** Elements whose content is never article text: code, page furniture, controls, embedded media. */
const DROPPED_ELEMENTS = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "frame",
  "frameset", "svg", "math", "object", "embed", "canvas", "video", "audio", "picture", "img", "map", "select",
  "textarea", "input", "label", "option", "dialog", "menu", "figcaption", "head", "title", "meta", "link", "base",
]);

/** ARIA roles of page furniture. */
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "form", "dialog", "button", "menu", "toolbar"]);

/** Class or id tokens that templates give to sharing bars, cookie banners, related-story lists and the like. */
const FURNITURE_TOKENS = /^(?:share|sharing|sharedaddy|social|social-share|newsletter|subscribe|cookie|cookies|cookie-banner|related|related-posts|breadcrumbs?|sidebar|advert|advertisement|ad|ads|promo|comment-respond|respond|skip-link|screen-reader-text|visually-hidden|sr-only)$/;

export function isPageFurniture(element: Element): boolean {
  if (DROPPED_ELEMENTS.has(element.name)) return true;
  if (attribute(element, "hidden") !== undefined || attribute(element, "aria-hidden") === "true") return true;
  const role = attribute(element, "role");
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return true;
  return nameTokens(element).some((token) => FURNITURE_TOKENS.test(token));
}

/** The reader-comments region of a page: WordPress's #comments, .comment-list, Disqus's #disqus_thread... */
export function isCommentsRegion(element: Element): boolean {
  return nameTokens(element).some((token) => /^(?:comments|comments-area|comment-list|commentlist|comment-section|disqus_thread|responses)$/.test(token));
}
