// No "server-only" marker: the unit tests drive it directly.

export class CrossSiteRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CrossSiteRequestError";
  }
}

/**
 * State-changing requests from a browser must come from this site: browsers set Origin on
 * every cross-site POST/PUT/PATCH/DELETE, and Sec-Fetch-Site on every request they make. The
 * Origin is compared with the app's configured public origin (NEXTAUTH_URL), never with Host
 * or X-Forwarded-Host: those come from the request, so an attacker's page could be matched
 * against a value its own request supplied.
 */
export function assertSameOrigin(request: Request, appOrigin: string): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") throw new CrossSiteRequestError("Cross-site requests cannot change anything here.");
  const origin = request.headers.get("origin");
  if (origin === null) return;
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    throw new CrossSiteRequestError("The request's Origin header is not a valid URL.");
  }
  if (parsed !== new URL(appOrigin).origin) throw new CrossSiteRequestError("Cross-site requests cannot change anything here.");
}
