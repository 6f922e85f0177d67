import "server-only";
import { ZRole } from "@/domain/schemas/review";
import { db } from "../../db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "./bump-session-version";

/**
 * Signing out ends the session for good: the user's session version moves on, so the token
 * the browser just dropped (or a copy someone captured) is refused from now on. Only a token
 * that is still current does it, so replaying an old token's sign-out changes nothing.
 * Every other session of the user ends with it (one version per user).
 */
export async function endSignedOutSession(userId: string, tokenSessionVersion: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!user) return false;
    if (!(await bumpSessionVersion(tx, user.id, tokenSessionVersion))) return false;
    await recordAuditEvent(tx, { ...user, role: ZRole.parse(user.role) }, { action: "user.sign_out", entityType: "user", entityId: user.id });
    return true;
  });
}
