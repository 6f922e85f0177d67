// No "server-only" marker: the production server script (scripts/server/production-server.ts),
// which runs outside Next's bundle, imports it too.

/**
 * How the production server answers reader pages before Next's router sees them. The reader's
 * route module (server/reader/serve-reader-page.ts, inside Next's bundle) installs a lookup on
 * a process-wide symbol when Next first loads it; the production server, in the same process,
 * calls it for GET and HEAD /articles/<slug>. The lookup reads the review's page version (one
 * query on the slug's unique index, as every request does) and answers only when this
 * instance has that version cached; otherwise (unknown slug, first request of a version, a
 * database error) it answers null and the request goes to Next as before.
 */
export interface ReaderCacheRequest {
  slug: string;
  method: "GET" | "HEAD";
  ifNoneMatch: string | undefined;
  acceptEncoding: string | undefined;
}

export interface ReaderCacheAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

export type ReaderCacheLookup = (request: ReaderCacheRequest) => Promise<ReaderCacheAnswer | null>;

const HOOK = Symbol.for("claimcheck.readerCacheLookup");
type WithHook = { [HOOK]?: ReaderCacheLookup };

export function installReaderCacheLookup(lookup: ReaderCacheLookup): void {
  (globalThis as WithHook)[HOOK] = lookup;
}

export function installedReaderCacheLookup(): ReaderCacheLookup | undefined {
  return (globalThis as WithHook)[HOOK];
}

/** The slug of a reader page address (`/articles/<slug>`, query allowed; the lookup validates it), or null for any other path. */
export function readerPageSlug(requestUrl: string): string | null {
  const match = /^\/articles\/([A-Za-z0-9_-]+)(?:\?.*)?$/.exec(requestUrl);
  return match ? match[1]! : null;
}
