import { describe, expect, it } from "vitest";
import { delayAfterFailures, THROTTLE_LIMITS, throttleKeys, tooManyAttemptsMessage } from "./login-throttle-policy";

describe("login throttle policy", () => {
  it("gives a few free failures, then doubles the wait up to a ceiling", () => {
    const limits = { free: 3, firstDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) => delayAfterFailures(n, limits))).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it("an attacker's handful of failures over many addresses keeps the owner waiting seconds, not a quarter of an hour", () => {
    const account = THROTTLE_LIMITS.account;
    // The old limiter locked any account for 15 minutes after 5 failures from anywhere.
    expect(delayAfterFailures(5, account)).toBe(0);
    expect(delayAfterFailures(account.free + 1, account)).toBeLessThanOrEqual(15_000);
    // The attacker's own counter grows faster than the account's.
    expect(THROTTLE_LIMITS.pair.free).toBeLessThan(account.free);
  });

  it("keys one account on one address, the account, and the address", () => {
    expect(throttleKeys("a@x.test", "10.0.0.1").map((k) => k.key)).toEqual(["pair:a@x.test 10.0.0.1", "account:a@x.test", "address:10.0.0.1"]);
  });

  it("tells how long to wait", () => {
    expect(tooManyAttemptsMessage(14_200)).toBe("Too many failed sign-in attempts. Try again in 15 seconds.");
    expect(tooManyAttemptsMessage(15 * 60_000)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  });
});
