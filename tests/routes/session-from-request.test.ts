import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, startRouteServer, type RouteServer, type Session } from "./support/route-server";

/**
 * Route handlers take the signed-in user from the request's own session cookie
 * (server/session.ts): the cookie must decrypt with the app's secret and be unexpired, and its
 * session version must still be the user's on every request, so signing out everywhere or a
 * role change ends it at once. Nothing else speaks for a user.
 */

let server: RouteServer;
const ANONYMOUS: Session = { cookie: "", userId: null };

beforeAll(async () => {
  server = await startRouteServer("session");
});
afterAll(() => server?.close());

async function throwawayUser(role: "reviewer" | "editor") {
  const stamp = Math.random().toString(36).slice(2, 10);
  return server.db.user.create({ data: { email: `throwaway-${stamp}@routes.test`, name: `Throwaway ${stamp}`, role, passwordHash: "not used" } });
}

/** Whether the request was made as a signed-in editor: the audit log is for editors only (401 anonymous). */
const auditStatus = async (session: Session) => (await callRoute(session, "GET", "/api/audit")).status;

describe("the session a route handler sees", () => {
  it("is the user of a valid cookie, and nobody without one", async () => {
    expect(await auditStatus(await server.as("editor"))).toBe(200);
    expect(await auditStatus(await server.as("reviewer"))).toBe(403);
    expect(await auditStatus(ANONYMOUS)).toBe(401);
  });

  it("is nobody for a token encrypted with another secret, an expired token, a damaged one, or one sent as a Bearer header", async () => {
    const editor = await server.db.user.findUniqueOrThrow({ where: { id: "demo-user-editor" } });
    const claims = { sub: editor.id, role: "editor" as const, sessionVersion: editor.sessionVersion };
    const foreign = await encode({ token: claims, secret: "some other secret" });
    const expired = await encode({ token: claims, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge: -60 });
    const valid = (await server.as("editor")).cookie;
    expect(await auditStatus({ cookie: `next-auth.session-token=${foreign}`, userId: null })).toBe(401);
    expect(await auditStatus({ cookie: `next-auth.session-token=${expired}`, userId: null })).toBe(401);
    expect(await auditStatus({ cookie: `${valid.slice(0, -8)}AAAAAAAA`, userId: null })).toBe(401);
    const bearer = await callRoute(ANONYMOUS, "GET", "/api/audit", { headers: { authorization: `Bearer ${valid.split("=")[1]}` } });
    expect(bearer.status).toBe(401);
    // The __Secure- cookie belongs to an https deployment; this one is http.
    expect(await auditStatus({ cookie: `__Secure-${valid}`, userId: null })).toBe(401);
  });

  it("reads a token next-auth split into numbered chunks", async () => {
    const [name, value] = (await server.as("editor")).cookie.split("=") as [string, string];
    const half = Math.floor(value.length / 2);
    expect(await auditStatus({ cookie: `${name}.1=${value.slice(half)}; other=1; ${name}.0=${value.slice(0, half)}`, userId: null })).toBe(200);
  });

  it("ends when an admin signs the user out everywhere", async () => {
    const user = await throwawayUser("editor");
    const laptop = await server.signIn(user.id);
    expect(await auditStatus(laptop)).toBe(200);
    expect((await callRoute(await server.as("admin"), "POST", `/api/users/${user.id}/sign-out-everywhere`)).status).toBe(200);
    expect(await auditStatus(laptop)).toBe(401);
    expect(await auditStatus(await server.signIn(user.id)), "signing in again works").toBe(200);
  });

  it("ends when the user's role changes, and the new session has the new role", async () => {
    const user = await throwawayUser("editor");
    const before = await server.signIn(user.id);
    const demoted = await callRoute(await server.as("admin"), "PUT", `/api/users/${user.id}/role`, { json: { role: "reviewer" } });
    expect(demoted.status).toBeLessThan(300);
    expect(await auditStatus(before)).toBe(401);
    expect(await auditStatus(await server.signIn(user.id))).toBe(403);
  });

  it("takes the role from the database, not from the token", async () => {
    const reviewer = await server.db.user.findUniqueOrThrow({ where: { id: "demo-user-reviewer" } });
    const claimsAdmin = await encode({ token: { sub: reviewer.id, role: "admin" as const, sessionVersion: reviewer.sessionVersion }, secret: process.env.NEXTAUTH_SECRET ?? "" });
    expect(await auditStatus({ cookie: `next-auth.session-token=${claimsAdmin}`, userId: reviewer.id })).toBe(403);
  });

  it("is nobody once the account is gone", async () => {
    const user = await throwawayUser("editor");
    const session = await server.signIn(user.id);
    await server.db.user.delete({ where: { id: user.id } });
    expect(await auditStatus(session)).toBe(401);
  });
});
