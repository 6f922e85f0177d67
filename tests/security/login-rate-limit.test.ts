import { describe, expect, it } from "vitest";
import { clientAddress, LoginRateLimiter } from "../../server/security/login-rate-limit";

const options = (now: { t: number }) => ({ windowMs: 60_000, maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, now: () => now.t });

describe("login rate limiter", () => {
  it("blocks an account after its failures, from any address, until the window passes", () => {
    const now = { t: 0 };
    const limiter = new LoginRateLimiter(options(now));
    for (let i = 0; i < 3; i++) {
      expect(limiter.isBlocked("a@x.test", `10.0.0.${i}`)).toBe(false);
      limiter.recordFailure("a@x.test", `10.0.0.${i}`);
    }
    expect(limiter.isBlocked("a@x.test", "10.9.9.9")).toBe(true);
    expect(limiter.isBlocked("b@x.test", "10.9.9.9")).toBe(false);
    now.t = 60_001;
    expect(limiter.isBlocked("a@x.test", "10.9.9.9")).toBe(false);
  });

  it("blocks an address spraying many accounts", () => {
    const now = { t: 0 };
    const limiter = new LoginRateLimiter(options(now));
    for (let i = 0; i < 5; i++) limiter.recordFailure(`user${i}@x.test`, "10.0.0.1");
    expect(limiter.isBlocked("fresh@x.test", "10.0.0.1")).toBe(true);
    expect(limiter.isBlocked("fresh@x.test", "10.0.0.2")).toBe(false);
  });

  it("a success clears the account's failures", () => {
    const now = { t: 0 };
    const limiter = new LoginRateLimiter(options(now));
    limiter.recordFailure("a@x.test", "1");
    limiter.recordFailure("a@x.test", "2");
    limiter.recordSuccess("a@x.test");
    limiter.recordFailure("a@x.test", "3");
    limiter.recordFailure("a@x.test", "4");
    expect(limiter.isBlocked("a@x.test", "5")).toBe(false);
  });

  it("takes the address the nearest proxy added", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.1.2.3" }))).toBe("10.1.2.3");
    expect(clientAddress({ "x-forwarded-for": "10.1.2.3" })).toBe("10.1.2.3");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
