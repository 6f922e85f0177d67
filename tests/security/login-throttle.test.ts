import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESET_AFTER_MS, THROTTLE_LIMITS } from "../../domain/security/login-throttle-policy";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The sign-in limiter against a real SQLite file: the counts live in the database (every
 * instance shares them), one attacker cannot keep the owner out for long, and waits double.
 */

let url: string;
let db: typeof import("../../server/db").db;
let signInWait: typeof import("../../server/security/login-throttle/sign-in-wait").signInWait;
let recordFailedSignIn: typeof import("../../server/security/login-throttle/record-failed-sign-in").recordFailedSignIn;
let recordSuccessfulSignIn: typeof import("../../server/security/login-throttle/record-successful-sign-in").recordSuccessfulSignIn;
let ownerId: string;

const OWNER = "owner@test.example";
const at = (ms: number) => new Date(Date.UTC(2026, 11, 3) + ms);
let clock = 0;
/** Each test starts an hour and a half after the previous one, so counters never carry over. */
const freshStart = () => (clock += RESET_AFTER_MS * 1.5);

async function fail(account: string, address: string, ms: number, times = 1) {
  for (let i = 0; i < times; i++) await recordFailedSignIn(account, address, at(ms));
}

beforeAll(async () => {
  url = await useFreshSqliteDatabase("login-throttle");
  ({ db } = await import("../../server/db"));
  ({ signInWait } = await import("../../server/security/login-throttle/sign-in-wait"));
  ({ recordFailedSignIn } = await import("../../server/security/login-throttle/record-failed-sign-in"));
  ({ recordSuccessfulSignIn } = await import("../../server/security/login-throttle/record-successful-sign-in"));
  const { createUser } = await import("../../prisma/factories");
  ownerId = (await createUser(db, { email: OWNER, name: "Owner", role: "reviewer", password: "a long test password" })).id;
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("login throttle (database)", () => {
  it("an attacker guessing from one address slows down only themselves: the owner signs in from elsewhere at once", async () => {
    const t = freshStart();
    await fail(OWNER, "203.0.113.66", t, THROTTLE_LIMITS.pair.free);
    expect(await signInWait(OWNER, "203.0.113.66", at(t))).toBe(0);
    await fail(OWNER, "203.0.113.66", t);
    expect(await signInWait(OWNER, "203.0.113.66", at(t))).toBe(THROTTLE_LIMITS.pair.firstDelayMs);
    expect(await signInWait(OWNER, "198.51.100.1", at(t)), "the owner's own address").toBe(0);
  });

  it("guessing spread over many addresses makes the account wait, briefly at first, then twice as long each time", async () => {
    const t = freshStart();
    const account = "spread@test.example";
    for (let i = 0; i < THROTTLE_LIMITS.account.free; i++) await fail(account, `10.1.0.${i}`, t);
    expect(await signInWait(account, "198.51.100.1", at(t))).toBe(0);
    await fail(account, "10.1.1.1", t);
    const first = await signInWait(account, "198.51.100.1", at(t));
    expect(first).toBe(THROTTLE_LIMITS.account.firstDelayMs);
    expect(first).toBeLessThanOrEqual(15_000);
    // After the wait the next failure doubles it.
    await fail(account, "10.1.1.2", t + first);
    expect(await signInWait(account, "198.51.100.1", at(t + first))).toBe(2 * first);
    // And it is over when its time is.
    expect(await signInWait(account, "198.51.100.1", at(t + first + 2 * first))).toBe(0);
  });

  it("waits grow to the ceiling and no further", async () => {
    const t = freshStart();
    const account = "ceiling@test.example";
    let now = t;
    const waits: number[] = [];
    for (let i = 0; i < 30; i++) {
      await fail(account, "10.2.0.1", now);
      const wait = await signInWait(account, "10.2.0.1", at(now));
      waits.push(wait);
      now += wait;
    }
    const ceiling = Math.max(...Object.values(THROTTLE_LIMITS).map((l) => l.maxDelayMs));
    expect(waits.slice(0, THROTTLE_LIMITS.pair.free)).toEqual(Array(THROTTLE_LIMITS.pair.free).fill(0));
    expect(waits.every((w, i) => i === 0 || w >= (waits[i - 1] ?? 0))).toBe(true);
    expect(waits.at(-1)).toBe(ceiling);
    expect(Math.max(...waits)).toBe(ceiling);
  });

  it("one address spraying many accounts is stopped, for every account, from that address only", async () => {
    const t = freshStart();
    for (let i = 0; i < THROTTLE_LIMITS.address.free + 1; i++) await fail(`spray-${i}@test.example`, "10.3.0.1", t);
    expect(await signInWait(OWNER, "10.3.0.1", at(t))).toBe(THROTTLE_LIMITS.address.firstDelayMs);
    expect(await signInWait(OWNER, "10.3.0.2", at(t))).toBe(0);
  });

  it("a success clears the owner's own counter but not the account's", async () => {
    const t = freshStart();
    const account = "mixed@test.example";
    await fail(account, "10.4.0.1", t, THROTTLE_LIMITS.pair.free);
    await recordSuccessfulSignIn(account, "10.4.0.1");
    await fail(account, "10.4.0.1", t);
    expect(await signInWait(account, "10.4.0.1", at(t)), "the pair starts over").toBe(0);
    const row = await db.loginThrottle.findUnique({ where: { key: `account:${account}` } });
    expect(row?.failures).toBe(THROTTLE_LIMITS.pair.free + 1);
  });

  it("counters start over after an hour without failures", async () => {
    const t = freshStart();
    const account = "quiet@test.example";
    await fail(account, "10.5.0.1", t, THROTTLE_LIMITS.pair.free);
    await fail(account, "10.5.0.1", t + RESET_AFTER_MS + 1);
    expect(await signInWait(account, "10.5.0.1", at(t + RESET_AFTER_MS + 1))).toBe(0);
    expect((await db.loginThrottle.findUnique({ where: { key: `account:${account}` } }))?.failures).toBe(1);
  });

  it("the owner's account records when it starts being throttled (audit event), an unknown account records nothing", async () => {
    const t = freshStart();
    const before = await db.auditEvent.count({ where: { action: "user.sign_in_throttled" } });
    await fail(OWNER, "203.0.113.99", t, THROTTLE_LIMITS.pair.free + 3);
    const events = await db.auditEvent.findMany({ where: { action: "user.sign_in_throttled", entityId: ownerId }, orderBy: { createdAt: "desc" } });
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(events[0]?.afterJson ?? "{}")).toMatchObject({ scope: "pair", address: "203.0.113.99" });
    const total = await db.auditEvent.count({ where: { action: "user.sign_in_throttled" } });
    expect(total - before, "once when it starts, not once per failure").toBe(1);
    await fail("nobody@test.example", "203.0.113.98", t, THROTTLE_LIMITS.pair.free + 3);
    expect(await db.auditEvent.count({ where: { action: "user.sign_in_throttled" } })).toBe(total);
  });

  it("the counts are rows in the database, which every instance reads", async () => {
    const t = freshStart();
    await fail("shared@test.example", "10.6.0.1", t, THROTTLE_LIMITS.pair.free + 1);
    const { createPrismaClient } = await import("../../server/prisma-client");
    const otherInstance = createPrismaClient(url);
    try {
      const row = await otherInstance.loginThrottle.findUnique({ where: { key: "pair:shared@test.example 10.6.0.1" } });
      expect(row?.blockedUntil?.getTime()).toBe(t + Date.UTC(2026, 11, 3) + THROTTLE_LIMITS.pair.firstDelayMs);
    } finally {
      await otherInstance.$disconnect();
    }
  });
});
