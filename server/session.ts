import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import type { Actor } from "./authz";
import { findSessionUser } from "./data/users/find-session-user";
import { requestCookies } from "./http/request-cookies";
import { sessionSecret } from "./security/session-secret";

/**
 * The signed-in user as the data layer sees them, read from the session cookie next-auth set
 * at sign-in (a JWT encrypted with the app's secret; a token that does not decrypt or has
 * expired speaks for nobody). The user is then read from the database on every request
 * (findSessionUser): a token whose session was ended (signed out, signed out everywhere, role
 * or password changed) or whose account is gone speaks for nobody, and the role and name are
 * the current ones, whatever the token says. next-auth's own session endpoint applies the same
 * check (server/auth.ts, jwt callback).
 */
export async function actorFromSessionCookies(cookieJar: ReadonlyMap<string, string>): Promise<Actor | null> {
  const token = sessionToken(cookieJar);
  if (!token) return null;
  const payload = await decode({ token, secret: sessionSecret() ?? "" }).catch(() => null);
  if (!payload?.sub) return null;
  return findSessionUser(payload.sub, payload.sessionVersion);
}

/** The user a route handler acts for, taken from the Request itself: a handler needs no framework request scope. */
export function getRequestActor(request: Request): Promise<Actor | null> {
  return actorFromSessionCookies(requestCookies(request));
}

/** The user a page (server component) renders for, once per render: the same check on the cookies Next hands the page. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return actorFromSessionCookies(new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value])));
});

/** next-auth's cookie name (the `__Secure-` one when the app is served over https, as next-auth decides it from NEXTAUTH_URL). */
export function sessionCookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** The token, joined from next-auth's numbered chunks (`<name>.0`, `<name>.1`, …) when it was too long for one cookie. */
function sessionToken(cookieJar: ReadonlyMap<string, string>): string | null {
  const name = sessionCookieName();
  const whole = cookieJar.get(name);
  if (whole) return whole;
  const chunks = [...cookieJar.entries()]
    .map(([key, value]) => ({ index: key.startsWith(`${name}.`) ? Number(key.slice(name.length + 1)) : NaN, value }))
    .filter((chunk) => Number.isInteger(chunk.index) && chunk.index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : null;
}
