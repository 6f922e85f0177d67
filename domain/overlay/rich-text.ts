/**
 * User-written Markdown (a claim's rationale) as a small JSON tree the overlay client renders
 * with DOM calls, so the Markdown parser stays on the server and out of the page's JavaScript.
 * The same rules as SafeMarkdown (components/ui/safe-markdown.tsx, react-markdown): raw HTML is
 * dropped, and only http(s), mailto, `#` and `/` links survive. Only the tags Markdown
 * produces are kept, with only the attributes below, and no <img>: images become links
 * (domain/text/markdown-without-images.ts), so no reader fetches a third party's image.
 *
 * A node is a string (text) or `[tag, attributes, ...children]`. No imports here: the overlay
 * client (overlay-client/claim-details.ts) and rich-html.ts render it; the parser is markdown-to-rich.ts.
 */
export type RichNode = string | [tag: RichTag, attributes: RichAttributes | null, ...children: RichNode[]];
export type RichAttributes = Partial<Record<"href" | "title" | "start", string>>;

export const RICH_TAGS = ["p", "em", "strong", "code", "pre", "a", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "del"] as const;
export type RichTag = (typeof RICH_TAGS)[number];

const SAFE_PROTOCOL = /^(https?|ircs?|mailto|xmpp)$/i;

/** react-markdown's defaultUrlTransform followed by SafeMarkdown's narrower rule; "" when refused. */
export function safeMarkdownUrl(value: string): string {
  const colon = value.indexOf(":");
  const questionMark = value.indexOf("?");
  const numberSign = value.indexOf("#");
  const slash = value.indexOf("/");
  const relativeOrSafe =
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (questionMark !== -1 && colon > questionMark) ||
    (numberSign !== -1 && colon > numberSign) ||
    SAFE_PROTOCOL.test(value.slice(0, colon));
  const safe = relativeOrSafe ? value : "";
  return /^(https?:|mailto:|#|\/)/i.test(safe) ? safe : "";
}
