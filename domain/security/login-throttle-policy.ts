/**
 * How failed sign-ins slow down further attempts. Three counters, each with a few free
 * failures and then an exponential backoff (the wait doubles with every further failure, up to
 * a ceiling):
 * - pair (one account from one address): the attacker's own counter; it grows fast, and it
 *   does not touch the owner signing in from elsewhere;
 * - account (one account, all addresses): stops guessing spread over many addresses; it has
 *   more free failures and starts short, so an attacker cannot lock the owner out for long
 *   with a handful of attempts;
 * - address (one address or IPv6 /64, all accounts): stops one client spraying passwords
 *   over many accounts.
 * Attempts refused during a wait are not counted (so hammering does not lengthen the owner's
 * wait), and a counter starts over after RESET_AFTER_MS without failures. A success clears
 * the pair's counter only: the account's counter keeps counting an attack from elsewhere.
 */

export type ThrottleScope = "pair" | "account" | "address";

export interface ScopeLimits {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first failure over the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const THROTTLE_LIMITS: Record<ThrottleScope, ScopeLimits> = {
  pair: { free: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 },
  account: { free: 10, firstDelayMs: 15_000, maxDelayMs: 15 * 60_000 },
  address: { free: 20, firstDelayMs: 60_000, maxDelayMs: 60 * 60_000 },
};

/** A counter forgets its failures after this long without a new one. */
export const RESET_AFTER_MS = 60 * 60_000;

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

export function throttleKeys(account: string, addressBucket: string): ThrottleKey[] {
  return [
    { scope: "pair", key: `pair:${account} ${addressBucket}` },
    { scope: "account", key: `account:${account}` },
    { scope: "address", key: `address:${addressBucket}` },
  ];
}

/** How long to wait after the n-th failure in a row (0 while still within the free ones). */
export function delayAfterFailures(failures: number, limits: ScopeLimits): number {
  const over = failures - limits.free;
  if (over <= 0) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(over - 1, 30));
}

/** What a refused attempt tells the user: the same whatever the account, and how long to wait. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}
