import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE_LIMITS } from "../../domain/security/login-throttle-policy";
import { removePostgresDatabase, useFreshPostgresDatabase } from "./support/postgres-test-database";

/**
 * Sign-in limits and session versions on PostgreSQL, where several instances share one
 * database: simultaneous failures all count (atomic increments, no lost update), and a second
 * client (another instance) sees the same waits and the same ended sessions.
 */

let url: string;
let db: typeof import("../../server/db").db;

beforeAll(async () => {
  url = await useFreshPostgresDatabase("sign_in_limits");
  ({ db } = await import("../../server/db"));
});

afterAll(async () => {
  await db.$disconnect();
  await removePostgresDatabase(url);
});

describe("sign-in limits and sessions on PostgreSQL", () => {
  it("counts every one of many simultaneous failures, and another instance sees the wait", async () => {
    const { recordFailedSignIn } = await import("../../server/security/login-throttle/record-failed-sign-in");
    const now = new Date();
    await Promise.all(Array.from({ length: 30 }, () => recordFailedSignIn("target@test.example", "203.0.113.7", now)));
    const rows = await db.loginThrottle.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((row) => [row.key, row.failures])).toEqual([
      ["account:target@test.example", 30],
      ["address:203.0.113.7", 30],
      ["pair:target@test.example 203.0.113.7", 30],
    ]);
    const { createPrismaClient } = await import("../../server/prisma-client");
    const otherInstance = createPrismaClient(url);
    try {
      const pair = await otherInstance.loginThrottle.findUniqueOrThrow({ where: { key: "pair:target@test.example 203.0.113.7" } });
      expect(pair.blockedUntil!.getTime() - now.getTime()).toBeGreaterThanOrEqual(THROTTLE_LIMITS.pair.maxDelayMs);
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("a role change ends the user's sessions for every instance", async () => {
    const { createUser } = await import("../../prisma/factories");
    const { changeUserRole } = await import("../../server/data/users/change-user-role");
    const { findSessionUser } = await import("../../server/data/users/find-session-user");
    const admin = await createUser(db, { email: "admin@test.example", name: "Admin", role: "admin", password: "a long test password" });
    const user = await createUser(db, { email: "demoted@test.example", name: "Demoted", role: "editor", password: "a long test password" });
    expect(await findSessionUser(user.id, 0)).toMatchObject({ role: "editor" });
    await changeUserRole({ id: admin.id, email: admin.email, name: admin.name, role: "admin" }, user.id, "reader");
    expect(await findSessionUser(user.id, 0)).toBeNull();
    expect(await findSessionUser(user.id, 1)).toMatchObject({ role: "reader" });
  });
});
