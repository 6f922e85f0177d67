import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { pageContentSecurityPolicy } from "./server/security/content-security-policy";
import { strictTransportSecurity } from "./server/security/app-origin";
import { sessionSecret } from "./server/security/session-secret";
import { hasMalformedPercentEncoding } from "./domain/security/percent-encoding";

/**
 * Runs before every page and API request (not static files):
 * 0. answers 400 to a path whose percent-encoding cannot be decoded (Next would answer 500),
 *    and, when the app is served over https, adds HSTS; the API and the public reader page
 *    (app/articles/[slug]/route.ts: static HTML with external scripts only, which sets its own
 *    `script-src 'self'` policy) need nothing else here;
 * 1. sends signed-out visitors of the workspace and the audit log to the sign-in page (a
 *    convenience only: every permission is checked again in the data layer);
 * 2. gives every other page a Content Security Policy with a fresh nonce. Next reads the nonce
 *    from the request's policy header and puts it on the scripts it writes itself; an inline
 *    script that reached the HTML any other way has no nonce and does not run. These pages are
 *    rendered per request (app/layout.tsx), so the nonce costs no cache.
 */

const SIGNED_IN_AREAS = [/^\/review(\/|$)/, /^\/audit(\/|$)/];
const READER_PAGE = /^\/articles\/[^/]+\/?$/;

export async function proxy(request: NextRequest) {
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
  const { pathname } = request.nextUrl;
  if (hasMalformedPercentEncoding(pathname)) return malformedPathResponse(pathname);
  if (pathname.startsWith("/api/") || READER_PAGE.test(pathname)) return NextResponse.next();

  if (SIGNED_IN_AREAS.some((area) => area.test(pathname))) {
    const token = await getToken({ req: request, secret: sessionSecret() });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", pathname);
      return NextResponse.redirect(signIn);
    }
  }
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = pageContentSecurityPolicy([`nonce-${nonce}`]);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function malformedPathResponse(pathname: string): Response {
  const message = "The address has malformed percent-encoding.";
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { code: "INVALID_INPUT", message, details: null } }, { status: 400 });
  const response = new NextResponse(`Bad request: ${message}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  response.headers.set("Content-Security-Policy", pageContentSecurityPolicy([]));
  return response;
}

export const config = {
  // Every page; not Next's files and images, nor the overlay's static files. The API and the
  // reader page pass through for the percent-encoding check and HSTS only.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|robots\\.txt|embed\\.js|reader\\.css|.*\\.(?:png|jpg|jpeg|svg|ico|css|js|woff2?|txt|map)$).*)", "/api/:path*"],
};
