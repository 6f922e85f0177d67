import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { rawRequest, signInFrom, uniqueLoopbackAddress } from "../support/raw-http";
import { createThrowawayUser } from "../support/throwaway-user";

/**
 * Sessions end when they should (issue 16, item 4): a session token captured before sign-out,
 * a password change, a role change or an admin's "sign out everywhere" stops working at once,
 * on every instance (the version is in the database). Each test uses users of its own: ending
 * a demo account's sessions would sign out the saved logins the other tests use.
 */

const port = Number(new URL(baseURL).port);

async function signIn(email: string, password: string): Promise<string> {
  const result = await signInFrom(baseURL, uniqueLoopbackAddress(), email, password);
  expect(result.error, `signing in ${email}`).toBeNull();
  expect(result.sessionCookie).not.toBeNull();
  return result.sessionCookie ?? "";
}

const createArticle = (cookie: string) =>
  rawRequest(`${baseURL}/api/articles`, { method: "POST", headers: { Cookie: cookie, "Content-Type": "application/json" }, body: JSON.stringify({ title: `Session probe ${Date.now()}`, content: "Tea is warm." }) });

async function sessionOf(cookie: string): Promise<{ user?: { role?: string; name?: string } }> {
  return JSON.parse((await rawRequest(`${baseURL}/api/auth/session`, { headers: { Cookie: cookie } })).body || "{}") as { user?: { role?: string } };
}

async function signOut(cookie: string) {
  const csrf = await rawRequest(`${baseURL}/api/auth/csrf`, { headers: { Cookie: cookie } });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const csrfCookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const response = await rawRequest(`${baseURL}/api/auth/signout`, {
    method: "POST",
    headers: { Cookie: [cookie, csrfCookie].filter(Boolean).join("; "), "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
  });
  expect(response.status).toBeLessThan(400);
}

test.describe("sessions end when they should", () => {
  test("a session token captured before sign-out can no longer create articles", async () => {
    const user = createThrowawayUser(port, "reviewer");
    const captured = await signIn(user.email, user.password);
    expect((await createArticle(captured)).status).toBe(201);
    await signOut(captured);
    // Replaying the captured cookie (within its 8 hours): refused, and the session is gone.
    const replay = await createArticle(captured);
    expect(replay.status).toBe(401);
    expect(await sessionOf(captured)).toEqual({});
    // Signing in again works.
    expect((await createArticle(await signIn(user.email, user.password))).status).toBe(201);
  });

  test("signing out in the browser ends the session for a copy of its cookie", async ({ browser }) => {
    const user = createThrowawayUser(port, "reviewer");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`${user.name} (reviewer)`)).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
    expect(cookie).toBeDefined();
    const copy = `${cookie?.name}=${cookie?.value}`;
    expect((await sessionOf(copy)).user?.role).toBe("reviewer");
    await page.goto("/signout");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await sessionOf(copy)).toEqual({});
    expect((await createArticle(copy)).status).toBe(401);
    await context.close();
  });

  test("a demoted user's session shows no session, and signing in again shows the new role", async ({ apiAs }) => {
    const user = createThrowawayUser(port, "editor");
    const cookie = await signIn(user.email, user.password);
    expect((await sessionOf(cookie)).user?.role).toBe("editor");
    const admin = await apiAs("admin");
    const demoted = await admin.put(`/api/users/${user.id}/role`, { data: { role: "reader" }, headers: { "Content-Type": "application/json" } });
    expect(demoted.status(), await demoted.text()).toBe(200);
    expect(await sessionOf(cookie)).toEqual({});
    expect((await rawRequest(`${baseURL}/api/audit`, { headers: { Cookie: cookie } })).status).toBe(401);
    expect((await sessionOf(await signIn(user.email, user.password))).user?.role).toBe("reader");
  });

  test("an admin signs a user out everywhere; an editor may not", async ({ apiAs }) => {
    const user = createThrowawayUser(port, "reviewer");
    const laptop = await signIn(user.email, user.password);
    const phone = await signIn(user.email, user.password);
    const editor = await apiAs("editor");
    expect((await editor.post(`/api/users/${user.id}/sign-out-everywhere`)).status()).toBe(403);
    expect((await sessionOf(laptop)).user?.role).toBe("reviewer");
    const admin = await apiAs("admin");
    const ended = await admin.post(`/api/users/${user.id}/sign-out-everywhere`);
    expect(ended.status(), await ended.text()).toBe(200);
    expect(await sessionOf(laptop)).toEqual({});
    expect(await sessionOf(phone)).toEqual({});
    expect((await admin.post("/api/users/no-such-user/sign-out-everywhere")).status()).toBe(404);
  });

  test("changing the password ends every session, this one too", async () => {
    const user = createThrowawayUser(port, "reader");
    const other = await signIn(user.email, user.password);
    const current = await signIn(user.email, user.password);
    const change = (body: unknown) =>
      rawRequest(`${baseURL}/api/account/password`, { method: "PUT", headers: { Cookie: current, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const wrong = await change({ currentPassword: "not the password", newPassword: "a brand new password" });
    expect(wrong.status).toBe(422);
    expect((await change({ currentPassword: user.password, newPassword: "short" })).status).toBe(422);
    const changed = await change({ currentPassword: user.password, newPassword: "a brand new password" });
    expect(changed.status, changed.body).toBe(200);
    expect(await sessionOf(current)).toEqual({});
    expect(await sessionOf(other)).toEqual({});
    expect((await signInFrom(baseURL, uniqueLoopbackAddress(), user.email, user.password)).error).toBe("CredentialsSignin");
    await signIn(user.email, "a brand new password");
  });
});
