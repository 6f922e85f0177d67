// No "server-only" marker: the unit tests drive it directly.
import { addressBucket, clientAddress, trustedProxyHops, type HeaderSource } from "../../domain/security/client-address";

/**
 * Requests counted per client address in a sliding window, for public endpoints that cost
 * database work (GET /api/claims/similar). The counts live in this process's memory: right for
 * one instance; behind a load balancer each instance counts its own share, so the effective
 * limit is multiplied by the number of instances (the sign-in limits, which must hold exactly,
 * are in the database instead).
 */
export interface RequestRateLimitOptions {
  windowMs: number;
  maxRequests: number;
  now?: () => number;
}

/** Bounded memory: at most this many addresses are tracked; the least recent are forgotten first. */
const MAX_TRACKED_KEYS = 50_000;

export class RequestRateLimiter {
  private readonly requests = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RequestRateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts one request from `key`; answers how many seconds to wait when it is over the limit
   * (the request is then not counted), or null when it may go ahead.
   */
  take(key: string): number | null {
    const now = this.now();
    const since = now - this.options.windowMs;
    const recent = (this.requests.get(key) ?? []).filter((at) => at > since);
    this.requests.delete(key);
    if (recent.length >= this.options.maxRequests) {
      this.requests.set(key, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + this.options.windowMs - now) / 1000));
    }
    recent.push(now);
    this.requests.set(key, recent);
    while (this.requests.size > MAX_TRACKED_KEYS) {
      const oldest = this.requests.keys().next().value;
      if (oldest === undefined) break;
      this.requests.delete(oldest);
    }
    return null;
  }
}

/** CLAIMCHECK_SEARCH_RATE_LIMIT: searches per client address per minute (default 60). */
export function searchRateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.CLAIMCHECK_SEARCH_RATE_LIMIT ?? "60");
  return Number.isInteger(value) && value > 0 ? value : 60;
}

const globalForLimiter = globalThis as unknown as { claimcheckSearchLimiter?: RequestRateLimiter };

/** One limiter per server process for the claim searches. */
export const searchRateLimiter: RequestRateLimiter = (globalForLimiter.claimcheckSearchLimiter ??= new RequestRateLimiter({
  windowMs: 60_000,
  maxRequests: searchRateLimitPerMinute(),
}));

/** Who is counted: the client's address (as the sign-in limits see it, CLAIMCHECK_TRUSTED_PROXY_HOPS), IPv6 per /64. */
export function rateLimitKey(headers: HeaderSource): string {
  return addressBucket(clientAddress(headers, trustedProxyHops(process.env.CLAIMCHECK_TRUSTED_PROXY_HOPS)));
}
