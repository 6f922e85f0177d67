/**
 * Where to send a user after signing in, from a `callbackUrl` a link supplied: only a path on
 * this app, never another site. Browsers read `/\evil.example` and `/<tab>/evil.example` as
 * `//evil.example` (another host), and `/.//evil.example` normalises to `//evil.example`, so a
 * check of the first characters alone is not enough: the value is refused when it holds a
 * backslash or any control character, then parsed as a URL against the app's origin, and kept
 * only when it stays on that origin and its normalised path does not itself start with `//`.
 */

export const DEFAULT_AFTER_SIGN_IN = "/review";

const MAX_CALLBACK_LENGTH = 2048;

export function safeCallbackPath(value: unknown, appOrigin: string, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CALLBACK_LENGTH) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const origin = new URL(appOrigin).origin;
  // A path, or an absolute URL on this very origin (next-auth passes those); nothing else.
  if (!raw.startsWith("/") && !raw.startsWith(`${origin}/`) && raw !== origin) return fallback;
  if (raw.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
