import "server-only";
import { authorize, type Actor } from "../../authz";
import { db } from "../../db";
import { AppError } from "../../errors";
import { hashPassword, verifyPassword } from "../../passwords";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "./bump-session-version";

/**
 * A signed-in user changes their password, proving the current one. Every session they hold
 * ends, this one included: whoever knew the old password or held a session is out.
 */
export async function changeOwnPassword(actor: Actor | null, input: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  const self = authorize(actor !== null, actor, "change your password");
  const user = await db.user.findUnique({ where: { id: self.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
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
