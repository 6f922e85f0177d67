// No "server-only" marker: proxy.ts reads it too.

/**
 * The key session cookies are encrypted with: NEXTAUTH_SECRET (npm start generates one when
 * unset). `next dev` without one gets a fixed development key; in production there is none,
 * so next-auth refuses to sign anyone in and no cookie is accepted.
 */
export function sessionSecret(): string | undefined {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) return configured;
  return process.env.NODE_ENV === "production" ? undefined : "claimcheck-development-only-session-secret";
}
