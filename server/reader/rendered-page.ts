import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressedBodies {
  gzip: Buffer;
  br: Buffer;
}

/**
 * A page rendered once: its bytes, an ETag, and the same bytes compressed once with gzip and
 * brotli (on libuv's thread pool, after the render, so the first reader does not wait for
 * them). The production server (scripts/server/production-server.ts) sends the compressed
 * bytes; a Next route handler cannot (Next drops a Content-Encoding header the handler sets,
 * next/dist/server/send-response.js), so there Next gzips the plain bytes per response.
 */
export interface RenderedPage {
  body: Buffer;
  etag: string;
  /** Set when the compression has finished; null when it failed (the plain bytes are served). */
  compressed: CompressedBodies | null | undefined;
  compression: Promise<CompressedBodies | null>;
}

async function compress(body: Buffer): Promise<CompressedBodies | null> {
  try {
    const [gzipped, brotli] = await Promise.all([
      gzipAsync(body, { level: 6 }),
      // Quality 5: within a few per cent of 9's size at a tenth of its time (a 1.5 MB page in ~0.1 s).
      brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
    ]);
    return { gzip: gzipped, br: brotli };
  } catch {
    return null;
  }
}

export function renderedPage(html: string): RenderedPage {
  const body = Buffer.from(html, "utf8");
  const page: RenderedPage = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`, compressed: undefined, compression: compress(body) };
  void page.compression.then((compressed) => (page.compressed = compressed));
  return page;
}

/**
 * What a page holds in memory, counted when it enters the cache: the HTML plus its compressed
 * forms, budgeted at half the HTML's size together (HTML compresses to well under a quarter
 * with either).
 */
export function pageBytes(page: RenderedPage): number {
  return Math.ceil(page.body.length * 1.5);
}
