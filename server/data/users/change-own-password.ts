import "server-only";
import { authorize, type Actor } from "../../authz";
import { db } from "../../db";
import { AppError } from "../../errors";
import { hashPassword, verifyPassword } from "../../passwords";
import { tooManyAttemptsMessage } from "@/domain/security/login-throttle-policy";
import { recordFailedSignIn } from "../../security/login-throttle/record-failed-sign-in";
import { signInWait } from "../../security/login-throttle/sign-in-wait";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "./bump-session-version";

/**
 * A signed-in user changes their password, proving the current one. Every session they hold
 * ends, this one included: whoever knew the old password or held a session is out.
 * A wrong current password counts as a failed sign-in of the account (whoever holds a stolen
 * session cannot guess the password here faster than at the sign-in form).
 */
export async function changeOwnPassword(actor: Actor | null, input: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  const self = authorize(actor !== null, actor, "change your password");
  // The session stands in for the address: its own counter, so one user's typos never slow another's.
  const bucket = `session:${self.id}`;
  const wait = await signInWait(self.email, bucket);
  if (wait > 0) throw new AppError("RATE_LIMITED", tooManyAttemptsMessage(wait));
  const user = await db.user.findUnique({ where: { id: self.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordFailedSignIn(self.email, bucket);
    throw new AppError("INVALID_INPUT", "The current password is not right.", { fieldErrors: { currentPassword: ["The current password is not right."] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: self.id }, data: { passwordHash } });
    await bumpSessionVersion(tx, self.id);
    await recordAuditEvent(tx, self, { action: "user.password", entityType: "user", entityId: self.id });
  });
  return { ok: true };
}
