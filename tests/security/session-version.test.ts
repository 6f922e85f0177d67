import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * Sessions end when they should (issue 16, item 4), through next-auth's own callbacks as the
 * server runs them, against a real SQLite file: a token captured before sign-out, a password
 * change, a role change or an admin's "sign out everywhere" no longer speaks for anyone.
 */

let url: string;
let db: typeof import("../../server/db").db;
let authOptions: typeof import("../../server/auth").authOptions;
let signOutUserEverywhere: typeof import("../../server/data/users/sign-out-user-everywhere").signOutUserEverywhere;
let changeUserRole: typeof import("../../server/data/users/change-user-role").changeUserRole;
let changeOwnPassword: typeof import("../../server/data/users/change-own-password").changeOwnPassword;
let createUser: typeof import("../../prisma/factories").createUser;
let admin: Actor;

const PASSWORD = "a long test password";

beforeAll(async () => {
  url = await useFreshSqliteDatabase("session-version");
  ({ db } = await import("../../server/db"));
  ({ authOptions } = await import("../../server/auth"));
  ({ signOutUserEverywhere } = await import("../../server/data/users/sign-out-user-everywhere"));
  ({ changeUserRole } = await import("../../server/data/users/change-user-role"));
  ({ changeOwnPassword } = await import("../../server/data/users/change-own-password"));
  ({ createUser } = await import("../../prisma/factories"));
  const user = await createUser(db, { email: "admin@test.example", name: "Admin", role: "admin", password: PASSWORD });
  admin = { id: user.id, email: user.email, name: user.name, role: "admin" };
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let counter = 0;
async function newUser(role: "reader" | "reviewer" | "editor" = "editor") {
  const user = await createUser(db, { email: `user-${++counter}@test.example`, name: `User ${counter}`, role, password: PASSWORD });
  return { id: user.id, email: user.email, name: user.name, role } satisfies Actor;
}

/** Signs in through the credentials provider and the jwt callback, as next-auth's callback route does. */
async function signIn(email: string, password = PASSWORD): Promise<JWT> {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: (raw: unknown, request: unknown) => Promise<Record<string, unknown> | null> } };
  const user = await provider.options.authorize({ email, password }, { headers: { "x-claimcheck-peer-address": "127.0.0.1" } });
  if (!user) throw new Error("sign-in refused");
  return (await authOptions.callbacks!.jwt!({ token: { sub: String(user.id) }, user: user as never, account: null })) as JWT;
}

/** What every request does with the cookie's token: null when the session is over. */
async function currentSession(token: JWT) {
  try {
    const refreshed = (await authOptions.callbacks!.jwt!({ token: { ...token }, user: undefined as never, account: null })) as JWT;
    return await authOptions.callbacks!.session!({ session: { user: {}, expires: "" } as never, token: refreshed, user: undefined as never, newSession: undefined, trigger: "update" });
  } catch (error) {
    if (error instanceof Error && error.name === "SessionEndedError") return null;
    throw error;
  }
}

async function signOut(token: JWT) {
  await authOptions.events!.signOut!({ token, session: undefined as never });
}

describe("session versions", () => {
  it("a token captured before sign-out stops working at sign-out", async () => {
    const user = await newUser();
    const captured = await signIn(user.email);
    expect((await currentSession(captured))?.user).toMatchObject({ id: user.id, role: "editor" });
    await signOut(captured);
    expect(await currentSession(captured)).toBeNull();
    // Signing in again works, with a new token; the old one stays dead.
    const next = await signIn(user.email);
    expect(await currentSession(next)).not.toBeNull();
    expect(await currentSession(captured)).toBeNull();
  });

  it("replaying an old token's sign-out does not end the new session", async () => {
    const user = await newUser();
    const old = await signIn(user.email);
    await signOut(old);
    const fresh = await signIn(user.email);
    await signOut(old);
    expect(await currentSession(fresh)).not.toBeNull();
  });

  it("a demoted user's session shows no session (the old role is never served again)", async () => {
    const user = await newUser("editor");
    const token = await signIn(user.email);
    await changeUserRole(admin, user.id, "reader");
    expect(await currentSession(token)).toBeNull();
    const again = await signIn(user.email);
    expect((await currentSession(again))?.user).toMatchObject({ role: "reader" });
    const audit = await db.auditEvent.findFirst({ where: { action: "user.role", entityId: user.id } });
    expect(JSON.parse(audit?.beforeJson ?? "{}")).toEqual({ role: "editor" });
  });

  it("a role changed in the database shows in the session at once, even without a version bump", async () => {
    const user = await newUser("reviewer");
    const token = await signIn(user.email);
    await db.user.update({ where: { id: user.id }, data: { role: "reader" } });
    expect((await currentSession(token))?.user).toMatchObject({ role: "reader" });
  });

  it("an admin's sign out everywhere ends every session of the user; nobody else may", async () => {
    const user = await newUser();
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    const editor = await newUser("editor");
    await expect(signOutUserEverywhere(editor, user.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOutUserEverywhere(null, user.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await currentSession(laptop)).not.toBeNull();
    await signOutUserEverywhere(admin, user.id);
    expect(await currentSession(laptop)).toBeNull();
    expect(await currentSession(phone)).toBeNull();
    await expect(signOutUserEverywhere(admin, "no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a password change ends every session and needs the current password", async () => {
    const user = await newUser();
    const token = await signIn(user.email);
    await expect(changeOwnPassword(user, { currentPassword: "wrong password", newPassword: "another long password" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await currentSession(token)).not.toBeNull();
    await changeOwnPassword(user, { currentPassword: PASSWORD, newPassword: "another long password" });
    expect(await currentSession(token)).toBeNull();
    await expect(signIn(user.email)).rejects.toThrow("sign-in refused");
    expect(await currentSession(await signIn(user.email, "another long password"))).not.toBeNull();
  });

  it("guessing the current password through a stolen session is limited like sign-in", async () => {
    const user = await newUser("reader");
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      outcomes.push(await changeOwnPassword(user, { currentPassword: `guess ${i}`, newPassword: "another long password" }).then(() => "changed", (error: { code?: string }) => error.code ?? "?"));
    }
    expect(outcomes).toEqual(["INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT", "RATE_LIMITED"]);
    await expect(changeOwnPassword(user, { currentPassword: PASSWORD, newPassword: "another long password" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("admins may not change their own role, only others'", async () => {
    await expect(changeUserRole(admin, admin.id, "reader")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const user = await newUser("reader");
    await expect(changeUserRole(user, admin.id, "reader")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a token without a session version (issued before this release) is refused", async () => {
    const user = await newUser();
    expect(await currentSession({ sub: user.id, role: "editor" })).toBeNull();
  });

  it("next-auth's redirect after sign-in or sign-out stays on this app", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    const origin = new URL(baseUrl).origin;
    for (const url of ["/\\evil.example/phish", "/\t/evil.example", "https://evil.example/", "//evil.example"]) {
      expect(new URL(await redirect({ url, baseUrl })).origin).toBe(origin);
    }
    expect(await redirect({ url: "/dashboard", baseUrl })).toBe(`${origin}/dashboard`);
  });
});
