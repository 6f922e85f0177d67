import { describe, expect, it } from "vitest";
import { RequestRateLimiter, searchRateLimitPerMinute } from "../../server/security/request-rate-limit";

describe("RequestRateLimiter", () => {
  it("lets through the allowed number of requests per window, then says how long to wait", () => {
    let now = 1_000_000;
    const limiter = new RequestRateLimiter({ windowMs: 60_000, maxRequests: 3, now: () => now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([null, null, null]);
    expect(limiter.take("a")).toBe(60);
    expect(limiter.take("b")).toBeNull(); // each address has its own count
    now += 30_000;
    expect(limiter.take("a")).toBe(30);
    now += 30_001;
    expect(limiter.take("a")).toBeNull(); // the first requests left the window
  });

  it("reads the limit from CLAIMCHECK_SEARCH_RATE_LIMIT, falling back to 60", () => {
    expect(searchRateLimitPerMinute({})).toBe(60);
    expect(searchRateLimitPerMinute({ CLAIMCHECK_SEARCH_RATE_LIMIT: "5" })).toBe(5);
    expect(searchRateLimitPerMinute({ CLAIMCHECK_SEARCH_RATE_LIMIT: "lots" })).toBe(60);
  });
});
