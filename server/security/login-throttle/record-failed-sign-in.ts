import "server-only";
import { delayAfterFailures, RESET_AFTER_MS, THROTTLE_LIMITS, throttleKeys, type ThrottleScope } from "@/domain/security/login-throttle-policy";
import { db } from "../../db";
import { recordAuditEvent } from "../../data/audit/record-audit-event";

/**
 * Counts a failed sign-in on the pair, account and address counters (atomic increments, so
 * instances failing at the same moment all count), and sets each counter's wait. When the
 * account or the pair first has to wait, an existing account gets an audit event
 * (`user.sign_in_throttled`): the admins see who is being guessed at, and from where.
 */
export async function recordFailedSignIn(account: string, addressBucket: string, now: Date = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - RESET_AFTER_MS);
  // Counters quiet for RESET_AFTER_MS start over (and the table does not grow forever).
  await db.loginThrottle.deleteMany({ where: { lastFailureAt: { lt: staleBefore }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] } });
  const engaged: { scope: ThrottleScope; failures: number; waitMs: number }[] = [];
  for (const { scope, key } of throttleKeys(account, addressBucket)) {
    const row = await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1, lastFailureAt: now },
      update: { failures: { increment: 1 }, lastFailureAt: now },
      select: { failures: true },
    });
    const waitMs = delayAfterFailures(row.failures, THROTTLE_LIMITS[scope]);
    if (waitMs === 0) continue;
    const until = new Date(now.getTime() + waitMs);
    await db.loginThrottle.updateMany({ where: { key, OR: [{ blockedUntil: null }, { blockedUntil: { lt: until } }] }, data: { blockedUntil: until } });
    if (scope !== "address" && row.failures === THROTTLE_LIMITS[scope].free + 1) engaged.push({ scope, failures: row.failures, waitMs });
  }
  if (engaged.length === 0) return;
  const user = await db.user.findUnique({ where: { email: account }, select: { id: true } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    for (const event of engaged) {
      await recordAuditEvent(tx, null, {
        action: "user.sign_in_throttled",
        entityType: "user",
        entityId: user.id,
        after: { scope: event.scope, failures: event.failures, waitSeconds: Math.round(event.waitMs / 1000), address: addressBucket },
      });
    }
  });
}
