import "server-only";
import type { Role } from "@/domain/ratings/scale";
import { authorize, can, type Actor } from "../../authz";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "./bump-session-version";

/**
 * An admin changes a user's role. The user's sessions end with it, so a demoted user keeps no
 * session that still says the old role. Admins cannot change their own role (the last admin
 * could otherwise demote themselves and leave nobody to manage users).
 */
export async function changeUserRole(actor: Actor | null, userId: string, role: Role): Promise<{ userId: string; role: Role }> {
  const admin = authorize(can.manageUsers(actor), actor, "change users' roles");
  if (admin.id === userId) throw new AppError("FORBIDDEN", "Admins cannot change their own role; ask another admin.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!user) throw notFound("The user");
    if (user.role === role) return { userId: user.id, role };
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await bumpSessionVersion(tx, user.id);
    await recordAuditEvent(tx, admin, { action: "user.role", entityType: "user", entityId: user.id, before: { role: user.role }, after: { role } });
    return { userId: user.id, role };
  });
}
