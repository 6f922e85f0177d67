import { isBoxText } from "./html-page-furniture";

/**
 * Lines that a copied web page carries but that are not part of the article: image captions
 * left as file-like identifiers, social buttons, comment-form prompts.
 */
const DEBRIS_PATTERNS: RegExp[] = [
  /^[\w-]+_[\w-]+$/, // an identifier such as international_dairy_week_banner
  /^[\w-]+\.(png|jpe?g|gif|webp|svg)$/i, // a bare image file name
  /^(like|reply|share this:?|comments\??|leave a (reply|comment)|liked by \d+ (person|people))$/i,
  // a dateline alone: "NEWS · 14 June 2023", "Updated: June 14, 2023"
  /^(?:[\p{L} ]{0,30}[·|•:–—-]\s*)?(?:\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})$/iu,
];

export function isPageDebris(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return true;
  return DEBRIS_PATTERNS.some((pattern) => pattern.test(trimmed)) || isBoxText(trimmed);
}

/** "11 thoughts on “…”", "3 comments", "Comments", "Responses": where reader comments begin. */
export function isCommentsHeading(line: string): boolean {
  return /^(\d+\s+(thoughts?|comments?|responses?|replies)\b.*|comments|responses|reader comments)$/i.test(line.trim());
}
