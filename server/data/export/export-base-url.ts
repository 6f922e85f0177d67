import "server-only";

/**
 * The public origin exports link to: NEXTAUTH_URL when it is configured (it is the app's
 * public URL, and not something a client can forge with a Host header), else the origin the
 * request arrived at.
 */
export function exportBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(request.url).origin;
}
