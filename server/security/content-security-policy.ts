// No "server-only" marker: proxy.ts and the tests import it.

/**
 * The Content Security Policy of every HTML page. Scripts run only from this origin, plus, on
 * pages rendered per request, the inline scripts Next writes with the request's nonce
 * (`nonce-…`, proxy.ts): no 'unsafe-inline', no 'unsafe-eval', no hashes of whatever inline
 * script the page happens to contain.
 */
export function pageContentSecurityPolicy(extraScriptSources: readonly string[]): string {
  const scriptSources = ["'self'", ...extraScriptSources.map((source) => `'${source}'`)];
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

/**
 * The reader page's policy (server/reader/serve-reader-page.ts): its scripts are external
 * files from this origin; no inline script runs, not even one the server wrote.
 */
export function readerContentSecurityPolicy(): string {
  return pageContentSecurityPolicy([]);
}

/** What non-HTML responses (JSON, exports) carry: they may not run or embed anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"; // mirrored in next.config.js
