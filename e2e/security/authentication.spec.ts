import { encode } from "next-auth/jwt";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { demoAccount } from "../support/accounts";

/**
 * Sign-in through next-auth's own endpoint: failures are rate limited per account and per
 * address, unknown and known accounts get the same answer, sessions expire, and state changes
 * from another site are refused.
 */

const SECRET = "e2e-only-secret-not-for-production";

async function attemptSignIn(api: APIRequestContext, email: string, password: string, address: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "X-Forwarded-For": address },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return { status: response.status(), error: new URL(body.url ?? "http://x/").searchParams.get("error") };
}

/**
 * A client address no other test in this run uses (IPv6 documentation prefix, a per-run random
 * part and a counter): the limiter keys on the right-most entry, so two tests sharing one would
 * add up their failures.
 */
const runPart = Math.floor(Math.random() * 0xffff).toString(16);
let addressCounter = 0;
const uniqueAddress = () => `198.51.100.7, 2001:db8:${runPart}::${(++addressCounter).toString(16)}`;

test.describe("authentication", () => {
  test.setTimeout(120_000);

  test("no user enumeration: an unknown email and a wrong password get the same answer", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    const address = uniqueAddress();
    const unknown = await attemptSignIn(api, `nobody-${Date.now()}@demo.claimcheck.test`, "wrong-password", address);
    const wrong = await attemptSignIn(api, demoAccount("reader").email, `wrong-${Date.now()}`, address);
    expect(unknown).toEqual(wrong);
    expect(unknown.error).toBe("CredentialsSignin");
  });

  test("failed sign-ins are limited per account: the sixth attempt is refused even with the right password", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    // A throwaway account name (the limiter does not care whether it exists): five failures...
    const email = `locked-${Date.now()}@demo.claimcheck.test`;
    for (let i = 0; i < 5; i++) expect((await attemptSignIn(api, email, `guess-${i}`, uniqueAddress())).error).toBe("CredentialsSignin");
    // ...then refused from any address, before the password is checked.
    const blocked = await attemptSignIn(api, email, "claimcheck-demo", uniqueAddress());
    expect(blocked.error).toMatch(/Too many failed sign-in attempts/);
  });

  test("failed sign-ins are limited per address across accounts", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    const address = uniqueAddress();
    for (let i = 0; i < 20; i++) expect((await attemptSignIn(api, `spray-${i}-${Date.now()}@demo.claimcheck.test`, "password1", address)).error).toBe("CredentialsSignin");
    // Even a real account with its right password is refused from that address for now...
    const blocked = await attemptSignIn(api, demoAccount("reader").email, demoAccount("reader").password, address);
    expect(blocked.error).toMatch(/Too many failed sign-in attempts/);
    // ...but not from another one.
    const elsewhere = await attemptSignIn(api, demoAccount("reader").email, demoAccount("reader").password, uniqueAddress());
    expect(elsewhere.error).toBeNull();
  });

  test("sessions expire: an expired session token is refused, a current one accepted; the cookie lives 8 hours", async ({ playwright, baseURL }) => {
    const cookieName = "next-auth.session-token";
    const asToken = async (maxAge: number) => encode({ token: { sub: "demo-user-editor", role: "editor", email: demoAccount("editor").email }, secret: SECRET, maxAge });
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
    const signIn = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: account.email, password: account.password, json: "true" }, headers: { "X-Forwarded-For": uniqueAddress() } });
    expect(signIn.status()).toBe(200);
    const session = (await api.storageState()).cookies.find((c) => c.name === cookieName);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    const hours = ((session?.expires ?? 0) - Date.now() / 1000) / 3600;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8.01);
    await api.dispose();
  });

  test("state-changing requests from another site are refused; same-site and non-browser clients are not", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const body = { title: `Origin probe ${Date.now()}`, content: "Tea is warm." };
    const headers = { "Content-Type": "application/json" };
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "https://evil.example" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: "null" } })).status()).toBe(403);
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
    const port = new URL(test.info().project.use.baseURL ?? "http://localhost:3100").port;
    expect((await editor.post("/api/articles", { data: body, headers: { ...headers, Origin: `http://localhost:${port}`, "Sec-Fetch-Site": "same-origin" } })).status()).toBe(201);
    expect((await editor.post("/api/articles", { data: body, headers })).status()).toBe(201);
  });

  test("the reader page carries the security headers and stays cached", async ({ apiAs }) => {
    const api = await apiAs("anonymous");
    await api.get("/articles/reversing-calcification-vitamin-k2");
    const response = await api.get("/articles/reversing-calcification-vitamin-k2");
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toContain("unsafe-inline' ;");
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src-attr 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-nextjs-cache"]).toBe("HIT");
    const again = await api.get("/articles/reversing-calcification-vitamin-k2");
    expect(again.headers()["content-security-policy"], "a cached page has the same hashes every time").toBe(csp);
    // Client-side navigations (RSC payload fetches) pass through the policy step untouched.
    const flight = await api.get("/articles/reversing-calcification-vitamin-k2", { headers: { RSC: "1", "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors" } });
    expect(flight.headers()["content-type"]).toContain("text/x-component");
    const apiHeaders = (await api.get("/api/articles/reversing-calcification-vitamin-k2")).headers();
    expect(apiHeaders["content-security-policy"]).toContain("default-src 'none'");
    expect(apiHeaders["x-content-type-options"]).toBe("nosniff");
  });
});
