import { encode } from "next-auth/jwt";
import Database from "better-sqlite3";
import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { demoAccount } from "../support/accounts";
import { rawRequest, signInFrom, uniqueLoopbackAddress } from "../support/raw-http";

/**
 * Sign-in through next-auth's own endpoint: failures slow down further attempts per address,
 * per account on one address and per account overall (counts in the database); the client's
 * address is the TCP peer, never a forged X-Forwarded-For; unknown and known accounts get the
 * same answer; sessions expire; state changes from another site are refused.
 * Each test signs in from loopback addresses of its own (127.x.y.z), so their counts never mix.
 */

const SECRET = "e2e-only-secret-not-for-production";
const port = Number(new URL(baseURL).port);
const throwawayEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@demo.claimcheck.test`;

test.describe("authentication", () => {
  test.setTimeout(120_000);

  test("no user enumeration: an unknown email and a wrong password get the same answer", async () => {
    const address = uniqueLoopbackAddress();
    const unknown = await signInFrom(baseURL, address, throwawayEmail("nobody"), "wrong-password");
    const wrong = await signInFrom(baseURL, address, demoAccount("reader").email, `wrong-${Date.now()}`);
    expect(unknown).toEqual(wrong);
    expect(unknown.error).toBe("CredentialsSignin");
  });

  test("an attacker guessing from one address slows down only themselves: the owner signs in from another address at once", async () => {
    const owner = demoAccount("reviewer");
    const attacker = uniqueLoopbackAddress();
    for (let i = 0; i < 5; i++) expect((await signInFrom(baseURL, attacker, owner.email, `guess-${i}`)).error).toBe("CredentialsSignin");
    // The attacker's sixth failure makes them wait; the right password from there is refused too...
    expect((await signInFrom(baseURL, attacker, owner.email, "guess-5")).error).toBe("CredentialsSignin");
    expect((await signInFrom(baseURL, attacker, owner.email, owner.password)).error).toMatch(/Too many failed sign-in attempts\. Try again in \d+ seconds\./);
    // ...while the owner, elsewhere, is not locked out (before: 15 minutes for everyone after 5 failures).
    const ownerSignIn = await signInFrom(baseURL, uniqueLoopbackAddress(), owner.email, owner.password);
    expect(ownerSignIn.error).toBeNull();
    expect(ownerSignIn.sessionCookie).not.toBeNull();
  });

  test("guessing spread over many addresses makes the account wait, seconds at first", async () => {
    const email = throwawayEmail("spread");
    for (let i = 0; i < 11; i++) expect((await signInFrom(baseURL, uniqueLoopbackAddress(), email, `guess-${i}`)).error).toBe("CredentialsSignin");
    const blocked = await signInFrom(baseURL, uniqueLoopbackAddress(), email, "guess-11");
    expect(blocked.error).toMatch(/Too many failed sign-in attempts\. Try again in ([1-9]|1[0-5]) seconds\./);
  });

  test("a forged X-Forwarded-For does not give a client fresh addresses: spraying accounts is limited per real address", async () => {
    const address = uniqueLoopbackAddress();
    // 20 failures are free per address; the 21st makes the address wait.
    for (let i = 0; i < 21; i++) {
      const forged = { "X-Forwarded-For": `203.0.113.${i + 1}, 198.51.100.${i + 1}` };
      expect((await signInFrom(baseURL, address, throwawayEmail(`spray-${i}`), "password1", forged)).error).toBe("CredentialsSignin");
    }
    // Even a real account with its right password is refused from that address for now, whatever it claims to be...
    const reader = demoAccount("reader");
    const blocked = await signInFrom(baseURL, address, reader.email, reader.password, { "X-Forwarded-For": "192.0.2.200" });
    expect(blocked.error).toMatch(/Too many failed sign-in attempts/);
    // ...but not from another one.
    expect((await signInFrom(baseURL, uniqueLoopbackAddress(), reader.email, reader.password)).error).toBeNull();
  });

  test("sessions expire: an expired session token is refused, a current one accepted; the cookie lives 8 hours", async ({ playwright }) => {
    const cookieName = "next-auth.session-token";
    const db = new Database(`data/e2e-${port}.db`, { readonly: true, fileMustExist: true });
    const { sessionVersion } = db.prepare(`SELECT "sessionVersion" FROM "User" WHERE "id" = 'demo-user-editor'`).get() as { sessionVersion: number };
    db.close();
    const asToken = async (maxAge: number) => encode({ token: { sub: "demo-user-editor", role: "editor", email: demoAccount("editor").email, sessionVersion }, secret: SECRET, maxAge });
    const call = async (token: string) => {
      const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${cookieName}=${token}` } });
      const status = (await api.get("/api/audit")).status();
      await api.dispose();
      return status;
    };
    expect(await call(await asToken(60))).toBe(200);
    // next-auth tolerates 15 s of clock skew: a token that expired two minutes ago is refused.
    expect(await call(await asToken(-120))).toBe(401);

    const api = await playwright.request.newContext({ baseURL });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const account = demoAccount("editor");
    const signIn = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: account.email, password: account.password, json: "true" } });
    expect(signIn.status()).toBe(200);
    const session = (await api.storageState()).cookies.find((c) => c.name === cookieName);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    const hours = ((session?.expires ?? 0) - Date.now() / 1000) / 3600;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8.01);
    await api.dispose();
  });

  test("state-changing requests from another site are refused, even when they name that site in X-Forwarded-Host; same-site and non-browser clients are not", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const body = { title: `Origin probe ${Date.now()}`, content: "Tea is warm." };
    const headers = { "Content-Type": "application/json" };
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "https://evil.example" } })).status()).toBe(403);
    // The attack: the Origin check compared Origin with X-Forwarded-Host, which the request sets itself.
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", Host: "evil.example" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "null" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: `http://localhost:${port}`, "Sec-Fetch-Site": "same-origin" } })).status()).toBe(201);
    expect((await editor.post("/api/articles", { data: body, headers })).status()).toBe(201);
  });

  test("GET of the credentials callback is a 405, not a 500", async () => {
    const response = await rawRequest(`${baseURL}/api/auth/callback/credentials`);
    expect(response.status).toBe(405);
    expect(response.headers["allow"]).toBe("POST");
  });

  test("over plain http no HSTS is sent (it comes only when NEXTAUTH_URL is https)", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    expect((await api.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  });

  test("the reader page carries the security headers and stays cached", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    await api.get("/articles/reversing-calcification-vitamin-k2");
    const response = await api.get("/articles/reversing-calcification-vitamin-k2");
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    // Static HTML whose scripts are all external files: no inline script is allowed at all.
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))?.trim()).toBe("script-src 'self'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src-attr 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // The same bytes for everyone until the review changes: an ETag, and a 304 for it.
    expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
    expect(headers["cache-control"]).toContain("public");
    const again = await api.get("/articles/reversing-calcification-vitamin-k2", { headers: { "If-None-Match": headers["etag"]! } });
    expect(again.status()).toBe(304);
    const apiHeaders = (await api.get("/api/articles/reversing-calcification-vitamin-k2")).headers();
    expect(apiHeaders["content-security-policy"]).toContain("default-src 'none'");
    expect(apiHeaders["x-content-type-options"]).toBe("nosniff");
  });
});
