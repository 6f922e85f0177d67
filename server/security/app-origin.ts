// No "server-only" marker: proxy.ts and the unit tests use it too.

/**
 * The app's public origin: NEXTAUTH_URL's (the address users reach, configured by the
 * operator), never one derived from request headers such as Host or X-Forwarded-Host, which a
 * client can set to anything.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.NEXTAUTH_URL;
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // not a URL: fall back as if unset
    }
  }
  return `http://localhost:${env.PORT ?? 3000}`;
}

/** HSTS for two years, subdomains included: sent only when the public URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function strictTransportSecurity(env: Record<string, string | undefined> = process.env): string | null {
  return appOrigin(env).startsWith("https://") ? STRICT_TRANSPORT_SECURITY : null;
}
