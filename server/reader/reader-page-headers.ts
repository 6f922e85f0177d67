import "server-only";
import { preferredContentEncoding } from "@/domain/support/content-negotiation";
import { strictTransportSecurity } from "../security/app-origin";
import { readerContentSecurityPolicy } from "../security/content-security-policy";
import { PERMISSIONS_POLICY } from "../security/permissions-policy";
import type { RenderedPage } from "./rendered-page";

/**
 * The headers of every reader page answer, whoever sends it (this route handler through Next, or
 * the production server from the cache): the same values next.config.js and proxy.ts give other
 * pages, with the reader's own Content Security Policy.
 */
export function readerHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Content-Security-Policy": readerContentSecurityPolicy(),
    "Content-Type": "text/html; charset=utf-8",
  };
  const hsts = strictTransportSecurity();
  if (hsts) headers["Strict-Transport-Security"] = hsts;
  return headers;
}

/** Every reader gets the same bytes; a browser or proxy may keep them but must ask again (cheap: a 304) so a changed review shows at once. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The page as the client accepts it: its bytes, ETag and Content-Encoding (ETags differ per encoding). */
export function encodedPage(page: RenderedPage, acceptEncoding: string | undefined): { body: Buffer; etag: string; encoding: "br" | "gzip" | null } {
  const encoding = preferredContentEncoding(acceptEncoding);
  const compressed = page.compressed;
  if (encoding === "identity" || !compressed) return { body: page.body, etag: page.etag, encoding: null };
  return { body: compressed[encoding], etag: `${page.etag.slice(0, -1)}-${encoding}"`, encoding };
}

export function allEtags(page: RenderedPage): string[] {
  return [page.etag, `${page.etag.slice(0, -1)}-br"`, `${page.etag.slice(0, -1)}-gzip"`];
}
