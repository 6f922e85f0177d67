// No "server-only" marker: proxy.ts and the tests import it.

/**
 * The Content Security Policy of every HTML page. Scripts run only from this origin or when
 * their exact text is listed by hash: no 'unsafe-inline', no 'unsafe-eval', no nonce. A hash
 * policy is computed from the page as it is served, so cached (ISR and static) pages stay
 * cached: the same bytes always give the same hashes.
 */
export function pageContentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const scriptSources = ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "script-src-attr 'none'",
    // React sets style attributes; styles cannot run code, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    // No third-party images: user Markdown never renders one (markdown-without-images.ts), and a
    // tracking pixel that slipped through would be refused here.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** What non-HTML responses (JSON, exports) carry: they may not run or embed anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"; // mirrored in next.config.js

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The bodies of the inline scripts in an HTML document. Next escapes "<" inside its inline
 * payloads (as \u003c), so a script body never contains "</script" and the pattern is exact.
 */
export function inlineScriptBodies(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module" && type !== "application/javascript") continue;
    bodies.push(match[2] ?? "");
  }
  return bodies;
}

export async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `sha256-${Buffer.from(digest).toString("base64")}`;
}

export async function inlineScriptHashes(html: string): Promise<string[]> {
  return [...new Set(await Promise.all(inlineScriptBodies(html).map(sha256Source)))];
}
