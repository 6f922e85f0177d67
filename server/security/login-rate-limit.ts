// No "server-only" marker: the unit tests drive it directly.

/**
 * Failed sign-ins counted per account (the email typed, whether or not it exists) and per
 * client address, in a sliding window. Over either limit, further attempts are refused before
 * the password is checked, with the same answer whatever the account, so the limiter reveals
 * nothing about which emails exist. A successful sign-in clears the account's count.
 *
 * The counts live in this process's memory: right for one instance (npm start). Several
 * instances behind a load balancer each keep their own counts, so the effective limit is
 * multiplied by the number of instances; a shared store (a LoginAttempt table) would fix that.
 */

export interface LoginRateLimitOptions {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  now?: () => number;
}

export const DEFAULT_LOGIN_LIMITS: LoginRateLimitOptions = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

/** Bounded memory: at most this many keys are tracked; the oldest are forgotten first. */
const MAX_TRACKED_KEYS = 50_000;

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly options: Required<LoginRateLimitOptions>;

  constructor(options: LoginRateLimitOptions = DEFAULT_LOGIN_LIMITS) {
    this.options = { now: Date.now, ...options };
  }

  /** Whether an attempt for this account from this address may be checked at all. */
  isBlocked(account: string, address: string): boolean {
    return (
      this.recent(`account:${account}`) >= this.options.maxFailuresPerAccount ||
      this.recent(`address:${address}`) >= this.options.maxFailuresPerAddress
    );
  }

  recordFailure(account: string, address: string): void {
    for (const key of [`account:${account}`, `address:${address}`]) {
      const now = this.options.now();
      const list = this.prune(key);
      list.push(now);
      this.failures.delete(key);
      this.failures.set(key, list);
    }
    while (this.failures.size > MAX_TRACKED_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  recordSuccess(account: string): void {
    this.failures.delete(`account:${account}`);
  }

  private recent(key: string): number {
    return this.prune(key).length;
  }

  private prune(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    const list = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}

/**
 * The client's address: the right-most X-Forwarded-For entry, the one added by the nearest
 * proxy (Next's own server sets it from the socket when no proxy did). Behind a reverse proxy
 * that appends the client address this cannot be forged by the client.
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "";
  const entries = value.split(",").map((s) => s.trim()).filter(Boolean);
  return entries.at(-1) ?? "unknown";
}

const globalForLimiter = globalThis as unknown as { claimcheckLoginLimiter?: LoginRateLimiter };

/** One limiter per server process. */
export const loginRateLimiter: LoginRateLimiter = (globalForLimiter.claimcheckLoginLimiter ??= new LoginRateLimiter());
