import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { LruMap } from "./domain/support/lru-map";
import { inlineScriptHashes, pageContentSecurityPolicy } from "./server/security/content-security-policy";
import { strictTransportSecurity } from "./server/security/app-origin";
import { hasMalformedPercentEncoding } from "./domain/security/percent-encoding";

/**
 * Runs before every page and API request (not static files):
 * 0. answers 400 to a path whose percent-encoding cannot be decoded (Next would answer 500),
 *    and, when the app is served over https, adds HSTS; the API needs nothing else here;
 * 1. sends signed-out visitors of the workspace and the audit log to the sign-in page (a
 *    convenience only: every permission is checked again in the data layer);
 * 2. serves each HTML page with a hash-based Content Security Policy. The page is fetched from
 *    this same server (marked as an inner request so it passes straight through), the SHA-256
 *    of each of its inline scripts (Next's bootstrap and RSC payload) is listed in
 *    `script-src`, and anything else inline (an injected <script>, an onerror=, a javascript:
 *    URL) is refused by the browser. Unlike a per-request nonce this keeps cached pages
 *    cached: an ISR or static page is the same bytes for everyone, so it has the same hashes.
 *    Those hashes are remembered per page version (the path and the ETag Next computes from
 *    the body of every cached or static page), so a page already seen streams through
 *    unchanged instead of being read whole and hashed again on each request.
 */

const INNER_REQUEST_HEADER = "x-claimcheck-csp-inner";
/** Known only to this process, so a client cannot mark its own request as inner. */
const INNER_REQUEST_TOKEN = globalThis.crypto.randomUUID();

const SIGNED_IN_AREAS = [/^\/review(\/|$)/, /^\/audit(\/|$)/];

export async function proxy(request: NextRequest) {
  if (request.headers.get(INNER_REQUEST_HEADER) === INNER_REQUEST_TOKEN) return NextResponse.next();
  return withTransportSecurity(await handlePage(request));
}

/** Served over https (NEXTAUTH_URL), every page tells the browser to use nothing else (HSTS). */
function withTransportSecurity(response: Response): Response {
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

async function handlePage(request: NextRequest): Promise<Response> {
  // A path such as /articles/%ff cannot be decoded; Next would answer 500. It is the client's
  // mistake: 400, for the API too (the API passes through here for this check only).
  if (hasMalformedPercentEncoding(request.nextUrl.pathname)) return malformedPathResponse(request.nextUrl.pathname);
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  if (SIGNED_IN_AREAS.some((area) => area.test(request.nextUrl.pathname))) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
      return NextResponse.redirect(signIn);
    }
  }

  // Client-side navigations and prefetches fetch RSC payloads, not documents: they pass
  // straight through (Next hides their RSC headers and _rsc parameter from the proxy, but a
  // browser marks every fetch() with Sec-Fetch-Dest: empty and only a page load with
  // "document"; clients that send no Sec-Fetch-Dest at all get the document treatment).
  const destination = request.headers.get("sec-fetch-dest");
  const isDocumentLoad = destination === null || destination === "document";
  if (request.method !== "GET" || !isDocumentLoad || request.headers.has(INNER_REQUEST_HEADER)) {
    return withFallbackPolicy(NextResponse.next());
  }
  return servePageWithScriptHashes(request);
}

async function servePageWithScriptHashes(request: NextRequest): Promise<Response> {
  const inner = new URL(request.nextUrl.pathname + request.nextUrl.search, `http://127.0.0.1:${process.env.PORT ?? request.nextUrl.port ?? "3000"}`);
  const headers = new Headers(request.headers);
  headers.set(INNER_REQUEST_HEADER, INNER_REQUEST_TOKEN);
  headers.delete("accept-encoding");
  const response = await fetch(inner, { headers, redirect: "manual", cache: "no-store" });
  const outHeaders = new Headers(response.headers);
  outHeaders.delete("content-length");
  outHeaders.delete("content-encoding");
  outHeaders.delete("transfer-encoding");
  const isHtml = (response.headers.get("content-type") ?? "").toLowerCase().includes("text/html");
  if (!isHtml) {
    outHeaders.set("Content-Security-Policy", pageContentSecurityPolicy([]));
    return new Response(response.body, { status: response.status, headers: outHeaders });
  }
  // Next sends an ETag (a hash of the body, with its length) only for cached and static
  // pages; rendered-per-request pages have none and are always read and hashed.
  const version = response.status === 200 ? response.headers.get("etag") : null;
  const key = version ? `${inner.pathname}${inner.search}\n${version}` : null;
  const known = key ? knownPolicies.get(key) : undefined;
  if (known !== undefined) {
    outHeaders.set("Content-Security-Policy", known);
    return new Response(response.body, { status: response.status, headers: outHeaders });
  }
  const html = await response.text();
  const policy = pageContentSecurityPolicy(await inlineScriptHashes(html));
  if (key) knownPolicies.set(key, policy);
  outHeaders.set("Content-Security-Policy", policy);
  return new Response(html, { status: response.status, headers: outHeaders });
}

/**
 * The policy of each page version seen lately: path + ETag -> policy, least recently used
 * first, at most 500. Should two versions of a page ever share an ETag, the
 * policy would list the other version's hashes: it still allows only scripts Next wrote,
 * never an injected one, so the failure is closed.
 */
const knownPolicies = new LruMap<string, string>(500);

function malformedPathResponse(pathname: string): Response {
  const message = "The address has malformed percent-encoding.";
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { code: "INVALID_INPUT", message, details: null } }, { status: 400 });
  return withFallbackPolicy(new NextResponse(`Bad request: ${message}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } }));
}

/** The strictest page policy (no inline script at all) for anything not served with hashes. */
function withFallbackPolicy(response: NextResponse): NextResponse {
  response.headers.set("Content-Security-Policy", pageContentSecurityPolicy([]));
  return response;
}

export const config = {
  // Every page; not Next's files and images. The API passes through for the percent-encoding
  // check only (its own headers are in next.config.js).
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|svg|ico|css|js|woff2?|txt|map)$).*)", "/api/:path*"],
};
