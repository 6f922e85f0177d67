import "server-only";
import { throttleKeys } from "@/domain/security/login-throttle-policy";
import { db } from "../../db";

/**
 * How long a sign-in for this account from this address must still wait, in milliseconds
 * (0: it may be checked now). Read from the database, so every instance sees the same counts.
 */
export async function signInWait(account: string, addressBucket: string, now: Date = new Date()): Promise<number> {
  const keys = throttleKeys(account, addressBucket).map((k) => k.key);
  const blocked = await db.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  return blocked.reduce((wait, row) => Math.max(wait, (row.blockedUntil?.getTime() ?? 0) - now.getTime()), 0);
}
