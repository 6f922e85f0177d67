import "server-only";
import { SizedLruMap } from "@/domain/support/sized-lru-map";
import { pageBytes, type RenderedPage } from "./rendered-page";

/** CLAIMCHECK_READER_CACHE_MB: memory for rendered reader pages per instance (default 64). */
function budgetBytes(): number {
  const megabytes = Number(process.env.CLAIMCHECK_READER_CACHE_MB ?? 64);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 1024 * 1024;
}

const globalForCache = globalThis as unknown as { claimcheckReaderPages?: SizedLruMap<string, RenderedPage> };

/**
 * Rendered reader pages of this instance, keyed by slug and page version: a change to the
 * review bumps the version, so an old entry is never served again and ages out. Only
 * published reviews are stored (unknown slugs are never rendered), within a memory budget.
 */
export const readerPageCache: SizedLruMap<string, RenderedPage> = (globalForCache.claimcheckReaderPages ??= new SizedLruMap(budgetBytes(), 1000, pageBytes));

export function readerPageKey(slug: string, version: number): string {
  return `${slug}\n${version}`;
}
