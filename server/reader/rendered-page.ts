import "server-only";
import { createHash } from "node:crypto";

/**
 * A page rendered once: its bytes and an ETag. Compression is Next's (gzip, per response,
 * when the client accepts it): a route handler cannot send pre-compressed bytes, because
 * Next drops a Content-Encoding header set by the handler (next/dist/server/send-response.js).
 */
export interface RenderedPage {
  body: Buffer;
  etag: string;
}

export function renderedPage(html: string): RenderedPage {
  const body = Buffer.from(html, "utf8");
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}

export function pageBytes(page: RenderedPage): number {
  return page.body.length;
}
