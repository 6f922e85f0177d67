import "server-only";
import { authorize, can, type Actor } from "../../authz";
import { db } from "../../db";
import { notFound } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "./bump-session-version";

/** An admin ends every session of a user (a stolen laptop, a leaked cookie): they must sign in again. */
export async function signOutUserEverywhere(actor: Actor | null, userId: string): Promise<{ userId: string }> {
  const admin = authorize(can.manageUsers(actor), actor, "end other users' sessions");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("The user");
    await bumpSessionVersion(tx, user.id);
    await recordAuditEvent(tx, admin, { action: "user.sessions_ended", entityType: "user", entityId: user.id });
    return { userId: user.id };
  });
}
